package uk.safeguarding.scorecard.notification;

import com.carrotsearch.hppc.LongHashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Loads a chunk of validated rows in one transaction: upserts the good rows, records every
 * finding, and records the chunk's counts per file, telling new, changed and unchanged rows apart
 * by their content hash. A second row with a notification id and child ref already loaded by this
 * run is rejected as {@code duplicate_row}.
 *
 * <p>Every row is numbered by its position in the run's input (the step has no processor that
 * could drop one, so the n-th row written is the n-th read). On open the writer starts at the
 * reader's resume position and reads back the keys the run loaded before it, so duplicates are
 * still found after a restart. Where the store held nothing else then (a first load), no row can be
 * stored already, and rows are inserted without looking them up.
 */
class NotificationIngestWriter implements ItemStreamWriter<RowOutcome> {
    private final NotificationRepository store;
    private final long runId;
    /** Key digests of the rows this run loaded (a primitive set: a million keys take 16 MB, not 60). */
    private final LongHashSet seen = new LongHashSet();
    private long nextItem;
    private boolean lookUpStored;

    NotificationIngestWriter(NotificationRepository store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override
    public void open(ExecutionContext context) {
        nextItem = context.getInt(NotificationRowReader.POSITION_KEY, 0);
        seen.clear();
        store.forEachKeyOfRun(runId, nextItem, key -> seen.add(RowOutcome.key(key[0], key[1])));
        lookUpStored = store.holdsRowsBesides(runId, nextItem);
    }

    @Override
    public void write(Chunk<? extends RowOutcome> chunk) {
        long firstItem = nextItem;
        List<RowOutcome> outcomes = new ArrayList<>();
        for (RowOutcome o : chunk) {
            RowOutcome outcome = o;
            if (!o.rejected() && !seen.add(o.recordKey())) {
                List<Finding> findings = new ArrayList<>(o.findings());
                findings.add(new Finding("duplicate_row", true, "child_ref", RowValidator.digest(o.record().childRef()),
                        "another row of this run has the same notification_id and child_ref"));
                outcome = new RowOutcome(o.source(), null, List.copyOf(findings));
            }
            outcomes.add(outcome);
        }
        Map<RowOutcome, Long> hashBefore = store.upsert(outcomes, firstItem, runId, lookUpStored);
        store.saveFindings(outcomes, firstItem, runId);
        Map<FileSheet, int[]> counts = new LinkedHashMap<>();
        FileSheet fileSheet = null;
        int[] c = null;
        for (RowOutcome o : outcomes) {
            if (fileSheet == null || !fileSheet.holds(o.source())) { // rows of one file and sheet come together
                fileSheet = new FileSheet(o.source().file(), o.source().sheet());
                c = counts.computeIfAbsent(fileSheet, k -> new int[7]);
            }
            boolean readable = o.source().problem() == null;
            c[0] += readable ? 1 : 0;
            c[1] += o.rejected() ? 0 : 1;
            c[2] += o.rejected() && readable ? 1 : 0;
            c[3] += !o.rejected() && hasWarning(o) ? 1 : 0;
            if (!o.rejected()) {
                Long before = hashBefore.get(o);
                c[before == null ? 4 : before == o.recordHash() ? 6 : 5]++;
            }
        }
        counts.forEach((k, counted) -> store.count(runId, firstItem, k.file(), k.sheet(), counted));
        nextItem += outcomes.size();
    }

    /** What a chunk's counts are kept by. */
    private record FileSheet(String file, String sheet) {
        boolean holds(SourceRow row) {
            return file.equals(row.file()) && sheet.equals(row.sheet());
        }
    }

    private static boolean hasWarning(RowOutcome o) {
        for (Finding f : o.findings()) {
            if (!f.hard()) {
                return true;
            }
        }
        return false;
    }
}
