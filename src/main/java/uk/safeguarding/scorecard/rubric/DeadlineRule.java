package uk.safeguarding.scorecard.rubric;

import java.time.LocalDate;

/**
 * How a yearly-report deadline requirement is judged from the submissions register.
 *
 * @param rule which register dates are compared
 * @param months period in calendar months (PUBLISHED_WITHIN)
 * @param days period in calendar days (SENT_WITHIN)
 * @param cutOff the evaluation's cut-off date (RECEIVED_BY)
 */
public record DeadlineRule(Kind rule, Integer months, Integer days, LocalDate cutOff) {

    /** The deadline rules the yearly-reports job knows how to judge. */
    public enum Kind {
        /** published within {@code months} of the previous publication */
        PUBLISHED_WITHIN,
        /** sent to the Panel and the What Works Centre within {@code days} of publication */
        SENT_WITHIN,
        /** received by the What Works Centre on or before {@code cutOff} */
        RECEIVED_BY
    }
}
