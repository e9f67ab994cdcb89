package uk.safeguarding.scorecard.yearlyreport;

import java.time.LocalDate;
import uk.safeguarding.scorecard.calendar.DeadlineStatus;
import uk.safeguarding.scorecard.rubric.DeadlineRule;

/** Judges a yearly report's deadline requirements from its register entry. */
final class ReportDeadlines {
    private ReportDeadlines() {
    }

    static DeadlineStatus judge(DeadlineRule rule, RegisterEntry entry, LocalDate asOf) {
        if (entry == null) {
            return DeadlineStatus.UNKNOWN;
        }
        return switch (rule.rule()) {
            case PUBLISHED_WITHIN -> entry.previousPublishedOn() == null ? DeadlineStatus.UNKNOWN
                    : DeadlineStatus.judge(entry.previousPublishedOn().plusMonths(rule.months()), entry.publishedOn(), asOf);
            case SENT_WITHIN -> entry.publishedOn() == null ? DeadlineStatus.UNKNOWN
                    : DeadlineStatus.judge(entry.publishedOn().plusDays(rule.days()), bothSent(entry), asOf);
            case RECEIVED_BY -> DeadlineStatus.judge(rule.cutOff(), entry.sentToWhatWorksOn(), asOf);
        };
    }

    /** The day the report reached both the Panel and the What Works Centre, if it has. */
    private static LocalDate bothSent(RegisterEntry e) {
        if (e.sentToPanelOn() == null || e.sentToWhatWorksOn() == null) {
            return null;
        }
        return e.sentToPanelOn().isAfter(e.sentToWhatWorksOn()) ? e.sentToPanelOn() : e.sentToWhatWorksOn();
    }
}
