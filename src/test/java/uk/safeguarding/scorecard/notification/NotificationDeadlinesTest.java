package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.scorecard.calendar.DeadlineStatus;
import uk.safeguarding.scorecard.calendar.WorkingDayCalendar;

class NotificationDeadlinesTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.load(Path.of("job-config"));
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    static NotificationRecord record(String id, String child, LocalDate aware, LocalDate notified, LocalDate rapidReview,
            String decision, LocalDate decisionDate, LocalDate published) {
        return new NotificationRecord(id, child, "202", aware == null ? null : aware.minusDays(1), aware, notified,
                "SERIOUS_HARM", "NEGLECT", 4, "FEMALE", "WHITE", rapidReview, decision, decisionDate, null, published,
                null, null, null, null, null, null);
    }

    private static NotificationDeadlines deadlines(LocalDate aware, LocalDate notified, LocalDate rapidReview,
            LocalDate asOf) {
        return NotificationDeadlines.of(List.of(record("N-1", "C-1", aware, notified, rapidReview, "NO", null, null)),
                CALENDAR, asOf);
    }

    private static NotificationDeadlines lcspr(String decision, LocalDate decisionDate, LocalDate published,
            LocalDate asOf) {
        LocalDate aware = LocalDate.of(2024, 5, 1);
        return NotificationDeadlines.of(List.of(record("N-1", "C-1", aware, LocalDate.of(2024, 5, 2),
                LocalDate.of(2024, 5, 10), decision, decisionDate, published)), CALENDAR, asOf);
    }

    @Test
    void notificationDueFiveWorkingDaysAfterAwareAcrossTheMovedVeDay2020() {
        // 2020: the early May bank holiday moved from Monday 4 May to Friday 8 May (VE Day 75).
        assertThat(deadlines(LocalDate.of(2020, 4, 30), null, null, AS_OF).notificationDue())
                .as("Mon 4 May 2020 was a working day").isEqualTo(LocalDate.of(2020, 5, 7));
        assertThat(deadlines(LocalDate.of(2020, 5, 5), null, null, AS_OF).notificationDue())
                .as("Fri 8 May 2020 was not").isEqualTo(LocalDate.of(2020, 5, 13));
    }

    @Test
    void notificationDueAcrossChristmas2022SubstituteDays() {
        // Christmas Day 2022 was a Sunday (substitute Tue 27 Dec) and New Year's Day 2023 a Sunday (substitute Mon 2 Jan).
        NotificationDeadlines d = deadlines(LocalDate.of(2022, 12, 23), LocalDate.of(2023, 1, 4), null, AS_OF);

        assertThat(d.notificationDue()).isEqualTo(LocalDate.of(2023, 1, 4));
        assertThat(d.notificationStatus()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(d.workingDaysToNotify()).isEqualTo(5);
    }

    @Test
    void rapidReviewDueFifteenWorkingDaysAfterNotified() {
        // Notified Monday 13 May 2024; the spring bank holiday is Monday 27 May 2024.
        NotificationDeadlines d = deadlines(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 13),
                LocalDate.of(2024, 6, 4), AS_OF);

        assertThat(d.rapidReviewDue()).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(d.rapidReviewStatus()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(d.workingDaysToRapidReview()).isEqualTo(15);
        assertThat(d.workingDaysToNotify()).isEqualTo(1);
    }

    @Test
    void lcsprDueSixCalendarMonthsAfterDecisionClampedToMonthEnd() {
        NotificationDeadlines d = lcspr("YES", LocalDate.of(2024, 8, 31), LocalDate.of(2025, 2, 28), AS_OF);

        assertThat(d.lcsprDue()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(d.lcsprStatus()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(lcspr("YES", LocalDate.of(2024, 8, 31), LocalDate.of(2025, 3, 1), AS_OF).lcsprStatus())
                .isEqualTo(DeadlineStatus.LATE);
        assertThat(lcspr("YES", LocalDate.of(2024, 1, 15), null, AS_OF).lcsprDue()).isEqualTo(LocalDate.of(2024, 7, 15));
    }

    @Test
    void statusesAreJudgedOnTheAsOfDate() {
        LocalDate aware = LocalDate.of(2024, 5, 10);       // Friday; due Friday 17 May
        LocalDate due = LocalDate.of(2024, 5, 17);

        assertThat(deadlines(aware, due, null, AS_OF).notificationStatus()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(deadlines(aware, due.plusDays(3), null, AS_OF).notificationStatus()).isEqualTo(DeadlineStatus.LATE);
        assertThat(deadlines(aware, null, null, due).notificationStatus()).as("due today: not yet due")
                .isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(deadlines(aware, null, null, due.plusDays(1)).notificationStatus()).isEqualTo(DeadlineStatus.OVERDUE);

        LocalDate notified = LocalDate.of(2024, 5, 13);    // rapid review due 4 June 2024
        LocalDate reviewDue = LocalDate.of(2024, 6, 4);
        assertThat(deadlines(aware, notified, reviewDue.plusDays(1), AS_OF).rapidReviewStatus())
                .isEqualTo(DeadlineStatus.LATE);
        assertThat(deadlines(aware, notified, null, reviewDue).rapidReviewStatus()).isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(deadlines(aware, notified, null, reviewDue.plusDays(1)).rapidReviewStatus())
                .isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(deadlines(aware, notified, null, reviewDue.plusDays(1)).overdueNow()).isEqualTo(1);
        assertThat(deadlines(aware, notified, reviewDue.plusDays(1), AS_OF).workingDaysToRapidReview()).isEqualTo(16);

        assertThat(lcspr("YES", LocalDate.of(2024, 8, 31), null, LocalDate.of(2025, 2, 28)).lcsprStatus())
                .isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(lcspr("YES", LocalDate.of(2024, 8, 31), null, LocalDate.of(2025, 3, 1)).lcsprStatus())
                .isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void lcsprDecisionNoIsNotApplicableWithoutDue() {
        NotificationDeadlines d = lcspr("NO", LocalDate.of(2024, 6, 1), null, AS_OF);

        assertThat(d.lcsprStatus()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(d.lcsprDue()).isNull();
        assertThat(d.csvRow().get(NotificationDeadlines.HEADER.indexOf("lcspr_due"))).isEmpty();
        assertThat(d.csvRow().get(NotificationDeadlines.HEADER.indexOf("lcspr_status"))).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void lcsprPendingOrYesWithoutDateIsUnknownWithoutDue() {
        for (NotificationDeadlines d : List.of(lcspr("PENDING", LocalDate.of(2024, 6, 1), null, AS_OF),
                lcspr("YES", null, null, AS_OF), lcspr(null, null, null, AS_OF))) {
            assertThat(d.lcsprStatus()).isEqualTo(DeadlineStatus.UNKNOWN);
            assertThat(d.lcsprDue()).isNull();
            assertThat(d.overdueNow()).isZero();
        }
    }

    @Test
    void firstRowStandsForTheNotificationAndChildrenAreCounted() {
        NotificationRecord a = record("N-7", "C-7-1", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 3), null, "NO",
                null, null);
        NotificationRecord b = record("N-7", "C-7-2", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 3), null, "NO",
                null, null);

        NotificationDeadlines d = NotificationDeadlines.of(List.of(a, b), CALENDAR, AS_OF);

        assertThat(d.children()).isEqualTo(2);
        assertThat(d.notificationId()).isEqualTo("N-7");
        assertThat(d.partnershipCode()).isEqualTo("202");
        assertThat(d.first()).isSameAs(a);
        assertThat(d.csvRow()).hasSameSizeAs(NotificationDeadlines.HEADER);
        assertThat(d.csvRow()).startsWith("N-7", "202", "2024-05-01", "2024-05-03", "2024-05-09", "ON_TIME");
    }

    @Test
    void reportingYearRunsAprilToMarch() {
        assertThat(deadlines(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 3, 31), null, AS_OF).year())
                .isEqualTo("2023-24");
        assertThat(deadlines(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 1), null, AS_OF).year())
                .isEqualTo("2024-25");
        assertThat(deadlines(LocalDate.of(1999, 12, 1), LocalDate.of(2000, 1, 10), null, AS_OF).year())
                .isEqualTo("1999-00");
        assertThat(deadlines(LocalDate.of(2024, 3, 28), null, null, AS_OF).year()).as("not notified: aware date")
                .isEqualTo("2023-24");
    }
}
