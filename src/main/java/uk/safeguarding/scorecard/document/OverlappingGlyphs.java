package uk.safeguarding.scorecard.document;

import java.util.Arrays;

/**
 * The glyphs kept so far on a page, to drop a glyph drawn again over the same glyph (fake bold,
 * shadows): PDFBox's rule for duplicate overlapping text, answered in constant time per glyph.
 *
 * <p>The rule is PDFBox's ({@code PDFTextStripper}, suppressDuplicateOverlappingText): a glyph
 * repeats one already kept if that one has the same text and lies at x in {@code [x - t, x + t)} and
 * y in {@code [y - t, y + t)}, where {@code t} is a third of the glyph's width per character;
 * coordinates compare as {@link Float#compare} does. PDFBox keeps a sorted tree per character and
 * page and walks a sub-map view for every glyph, which took more than half of its extraction time
 * on typical reports; here the kept glyphs sit in a hash grid of small cells, so each glyph looks at
 * a few cells only. Ranges too wide for the grid, or with coordinates that are not finite, are
 * answered by looking at every kept glyph.
 */
final class OverlappingGlyphs {
    /** Cell side in user-space units (points): a few glyph widths of body text. */
    private static final float CELL = 8f;
    /** Beyond this many cells per axis, every kept glyph is looked at instead. */
    private static final int MAX_CELLS_PER_AXIS = 4;
    /** Cell indexes must fit in an int each to make one long key. */
    private static final float MAX_COORDINATE = CELL * (1 << 30);
    private static final int NONE = -1;

    // The kept glyphs, in the order kept; next links the glyphs of one cell.
    private String[] texts = new String[1024];
    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private int[] next = new int[1024];
    private int count;

    // Open-addressing table from a cell's key to its last glyph (no boxing: this runs for every glyph).
    private long[] cellKeys = new long[4096];
    private int[] cellLast = filled(4096);
    private int cellCount;

    /** Forgets every glyph kept: a new page starts. */
    void clear() {
        count = 0;
        if (cellCount > 0) {
            Arrays.fill(cellLast, NONE);
            cellCount = 0;
        }
    }

    /**
     * Whether a glyph with this text at (x, y) repeats one kept before, by PDFBox's rule. A glyph
     * that does not repeat is kept.
     *
     * @param width the glyph's width ({@code TextPosition.getWidth()}), for the tolerance
     */
    boolean repeats(String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3.0f;
        float left = x - tolerance;
        float right = x + tolerance;
        float bottom = y - tolerance;
        float top = y + tolerance;
        if (Float.compare(left, right) > 0 || Float.compare(bottom, top) > 0) {
            return false; // an empty range (PDFBox's tree throws here; the tolerance is never negative in practice)
        }
        if (!onGrid(left, right) || !onGrid(bottom, top)) {
            for (int i = 0; i < count; i++) {
                if (within(i, text, left, right, bottom, top)) {
                    return true;
                }
            }
            return keep(text, x, y);
        }
        long lastX = cell(right);
        long lastY = cell(top);
        for (long cx = cell(left); cx <= lastX; cx++) {
            for (long cy = cell(bottom); cy <= lastY; cy++) {
                for (int i = cellLast[slot(key(cx, cy))]; i != NONE; i = next[i]) {
                    if (within(i, text, left, right, bottom, top)) {
                        return true;
                    }
                }
            }
        }
        return keep(text, x, y);
    }

    /** Keeps a glyph that does not repeat another; returns false (it does not repeat). */
    private boolean keep(String text, float x, float y) {
        if (count == texts.length) {
            int n = count * 2;
            texts = Arrays.copyOf(texts, n);
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            next = Arrays.copyOf(next, n);
        }
        int i = count++;
        texts[i] = text;
        xs[i] = x;
        ys[i] = y;
        next[i] = NONE;
        if (Float.isFinite(x) && Float.isFinite(y) && Math.abs(x) < MAX_COORDINATE && Math.abs(y) < MAX_COORDINATE) {
            long key = key(cell(x), cell(y));
            int slot = slot(key);
            if (cellLast[slot] == NONE) {
                cellKeys[slot] = key;
                cellLast[slot] = i;
                if (++cellCount * 2 > cellLast.length) {
                    growTable();
                }
            } else {
                next[i] = cellLast[slot];
                cellLast[slot] = i;
            }
        }
        return false;
    }

    private boolean within(int i, String text, float left, float right, float bottom, float top) {
        return Float.compare(xs[i], left) >= 0 && Float.compare(xs[i], right) < 0 && Float.compare(ys[i], bottom) >= 0
                && Float.compare(ys[i], top) < 0 && texts[i].equals(text);
    }

    /** The table slot of a cell key: its own, or the empty one where it would go. */
    private int slot(long key) {
        int mask = cellLast.length - 1;
        int s = (int) key & mask;
        while (cellLast[s] != NONE && cellKeys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private void growTable() {
        long[] oldKeys = cellKeys;
        int[] oldLast = cellLast;
        cellKeys = new long[oldKeys.length * 2];
        cellLast = filled(oldKeys.length * 2);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldLast[s] != NONE) {
                int moved = slot(oldKeys[s]);
                cellKeys[moved] = oldKeys[s];
                cellLast[moved] = oldLast[s];
            }
        }
    }

    private static int[] filled(int length) {
        int[] a = new int[length];
        Arrays.fill(a, NONE);
        return a;
    }

    /** Whether a range is narrow enough, and its ends finite and small enough, for the grid. */
    private static boolean onGrid(float from, float to) {
        return Float.isFinite(from) && Float.isFinite(to) && Math.abs(from) < MAX_COORDINATE
                && Math.abs(to) < MAX_COORDINATE && cell(to) - cell(from) < MAX_CELLS_PER_AXIS;
    }

    private static long cell(float coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    /** One long per cell, its bits mixed (MurmurHash3's finalizer, a bijection, so keys stay distinct). */
    private static long key(long cx, long cy) {
        long k = (cx << 32) ^ (cy & 0xffffffffL);
        k = (k ^ (k >>> 33)) * 0xff51afd7ed558ccdL;
        k = (k ^ (k >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return k ^ (k >>> 33);
    }
}
