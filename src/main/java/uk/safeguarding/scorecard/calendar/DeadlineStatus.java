package uk.safeguarding.scorecard.calendar;

import java.time.LocalDate;

/** Whether a statutory deadline was met, as judged on an as-of date. */
public enum DeadlineStatus {
    ON_TIME, LATE, OVERDUE, NOT_YET_DUE, NOT_APPLICABLE, UNKNOWN;

    /**
     * Done on or before the due date is ON_TIME, after it LATE; not done and past due on
     * {@code asOf} is OVERDUE, else NOT_YET_DUE; no due date is UNKNOWN.
     */
    public static DeadlineStatus judge(LocalDate due, LocalDate done, LocalDate asOf) {
        if (due == null) {
            return UNKNOWN;
        }
        if (done != null) {
            return done.isAfter(due) ? LATE : ON_TIME;
        }
        return asOf.isAfter(due) ? OVERDUE : NOT_YET_DUE;
    }

    public boolean isMissed() {
        return this == LATE || this == OVERDUE;
    }
}
