package uk.safeguarding.scorecard.notification;

import java.util.List;

/**
 * A validated row: the record to load (null when a hard rule rejected it), every finding, and the
 * record's content hash (computed where the row is validated, on the reader's thread).
 */
record RowOutcome(SourceRow source, NotificationRecord record, List<Finding> findings, String recordHash) {

    RowOutcome(SourceRow source, NotificationRecord record, List<Finding> findings) {
        this(source, record, findings, record == null ? null : NotificationRepository.rowHash(record));
    }

    /** The one outcome of a file that cannot be read: rejected with the reason. */
    static RowOutcome unreadable(String file, String rule, String message) {
        SourceRow row = SourceRow.unreadable(file, rule, message);
        return new RowOutcome(row, null, List.of(row.problem()));
    }

    boolean rejected() {
        return record == null;
    }
}
