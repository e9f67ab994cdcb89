package uk.safeguarding.scorecard.notification;

import java.util.List;

/** A validated row: the record to load (null when a hard rule rejected it) and every finding. */
record RowOutcome(SourceRow source, NotificationRecord record, List<Finding> findings) {

    /** The one outcome of a file that cannot be read: rejected with the reason. */
    static RowOutcome unreadable(String file, String rule, String message) {
        SourceRow row = SourceRow.unreadable(file, rule, message);
        return new RowOutcome(row, null, List.of(row.problem()));
    }

    boolean rejected() {
        return record == null;
    }
}
