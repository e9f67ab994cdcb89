package uk.safeguarding.scorecard.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeguarding.scorecard.calendar.DeadlineStatus;
import uk.safeguarding.scorecard.rubric.DeadlineRule;

class ReportDeadlinesTest {
    private static final DeadlineRule PUBLISHED = new DeadlineRule(DeadlineRule.Kind.PUBLISHED_WITHIN, 12, null, null);
    private static final DeadlineRule SENT = new DeadlineRule(DeadlineRule.Kind.SENT_WITHIN, null, 7, null);
    private static final LocalDate CUT_OFF = LocalDate.of(2026, 1, 31);
    private static final DeadlineRule RECEIVED = new DeadlineRule(DeadlineRule.Kind.RECEIVED_BY, null, null, CUT_OFF);
    private static final LocalDate PREVIOUS = LocalDate.of(2024, 9, 1);
    private static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 8, 22);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Test
    void publishedWithinTwelveMonthsOfPrevious() {
        assertThat(judge(PUBLISHED, entry(LocalDate.of(2025, 9, 1), null, null, PREVIOUS), AS_OF))
                .isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(judge(PUBLISHED, entry(LocalDate.of(2025, 9, 2), null, null, PREVIOUS), AS_OF))
                .isEqualTo(DeadlineStatus.LATE);
        assertThat(judge(PUBLISHED, entry(null, null, null, PREVIOUS), LocalDate.of(2025, 9, 2)))
                .isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(judge(PUBLISHED, entry(null, null, null, PREVIOUS), LocalDate.of(2025, 9, 1)))
                .isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(judge(PUBLISHED, entry(PUBLISHED_ON, null, null, null), AS_OF)).isEqualTo(DeadlineStatus.UNKNOWN);
    }

    @Test
    void sentToBothWithinSevenDaysCountsTheLaterDate() {
        LocalDate due = PUBLISHED_ON.plusDays(7);
        assertThat(judge(SENT, entry(PUBLISHED_ON, due, due.minusDays(5), PREVIOUS), AS_OF))
                .isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(judge(SENT, entry(PUBLISHED_ON, due.minusDays(5), due.plusDays(1), PREVIOUS), AS_OF))
                .isEqualTo(DeadlineStatus.LATE);
        assertThat(judge(SENT, entry(PUBLISHED_ON, due.plusDays(1), due.minusDays(5), PREVIOUS), AS_OF))
                .isEqualTo(DeadlineStatus.LATE);
    }

    @Test
    void sentToOnlyOneIsNotDone() {
        LocalDate due = PUBLISHED_ON.plusDays(7);
        assertThat(judge(SENT, entry(PUBLISHED_ON, PUBLISHED_ON, null, PREVIOUS), due.plusDays(1)))
                .isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(judge(SENT, entry(PUBLISHED_ON, null, PUBLISHED_ON, PREVIOUS), due))
                .isEqualTo(DeadlineStatus.NOT_YET_DUE);
    }

    @Test
    void sentWithoutPublicationDateIsUnknown() {
        assertThat(judge(SENT, entry(null, PUBLISHED_ON, PUBLISHED_ON, PREVIOUS), AS_OF)).isEqualTo(DeadlineStatus.UNKNOWN);
    }

    @Test
    void receivedByCutOff() {
        assertThat(judge(RECEIVED, entry(PUBLISHED_ON, null, CUT_OFF, PREVIOUS), AS_OF)).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(judge(RECEIVED, entry(PUBLISHED_ON, null, CUT_OFF.plusDays(1), PREVIOUS), AS_OF))
                .isEqualTo(DeadlineStatus.LATE);
        assertThat(judge(RECEIVED, entry(PUBLISHED_ON, null, null, PREVIOUS), CUT_OFF.plusDays(1)))
                .isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(judge(RECEIVED, entry(PUBLISHED_ON, null, null, PREVIOUS), CUT_OFF))
                .isEqualTo(DeadlineStatus.NOT_YET_DUE);
    }

    @Test
    void noRegisterEntryIsUnknown() {
        assertThat(judge(PUBLISHED, null, AS_OF)).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(judge(SENT, null, AS_OF)).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(judge(RECEIVED, null, AS_OF)).isEqualTo(DeadlineStatus.UNKNOWN);
    }

    private static DeadlineStatus judge(DeadlineRule rule, RegisterEntry entry, LocalDate asOf) {
        return ReportDeadlines.judge(rule, entry, asOf);
    }

    private static RegisterEntry entry(LocalDate published, LocalDate toPanel, LocalDate toWhatWorks, LocalDate previous) {
        return new RegisterEntry(2, "NOR", "Northmere Safeguarding Children Partnership", "2024-25",
                "northmere_2024-25.pdf", published, toPanel, toWhatWorks, previous);
    }
}
