package uk.safeguarding.scorecard.notification;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The non-blank cells of one row by canonical column: one array slot per column of
 * {@code notification-columns.yml}, the column names shared by every row. A row costs one small
 * array instead of a hash map of its own.
 */
final class CanonicalCells extends AbstractMap<String, RawCell> {
    private final NotificationColumns columns;
    private final RawCell[] cells;

    /** @param cells a cell per {@link NotificationColumns#canonical()} position, null where blank */
    CanonicalCells(NotificationColumns columns, RawCell[] cells) {
        this.columns = columns;
        this.cells = cells;
    }

    @Override
    public RawCell get(Object column) {
        return getOrDefault(column, null);
    }

    @Override
    public RawCell getOrDefault(Object column, RawCell blank) {
        int position = columns.position(column);
        RawCell cell = position < 0 ? null : cells[position];
        return cell == null ? blank : cell;
    }

    @Override
    public Set<Entry<String, RawCell>> entrySet() {
        List<Entry<String, RawCell>> entries = new ArrayList<>();
        for (int p = 0; p < cells.length; p++) {
            if (cells[p] != null) {
                entries.add(Map.entry(columns.canonical().get(p), cells[p]));
            }
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, RawCell>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }
}
