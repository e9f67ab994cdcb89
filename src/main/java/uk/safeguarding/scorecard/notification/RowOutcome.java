package uk.safeguarding.scorecard.notification;

import java.util.List;

/** A validated row: the record to load (null when a hard rule rejected it) and every finding. */
record RowOutcome(SourceRow source, NotificationRecord record, List<Finding> findings) {

    boolean rejected() {
        return record == null;
    }
}
