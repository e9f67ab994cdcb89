package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.scorecard.calendar.DeadlineStatus.LATE;
import static uk.safeguarding.scorecard.calendar.DeadlineStatus.NOT_APPLICABLE;
import static uk.safeguarding.scorecard.calendar.DeadlineStatus.NOT_YET_DUE;
import static uk.safeguarding.scorecard.calendar.DeadlineStatus.ON_TIME;
import static uk.safeguarding.scorecard.calendar.DeadlineStatus.OVERDUE;
import static uk.safeguarding.scorecard.calendar.DeadlineStatus.UNKNOWN;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguarding.scorecard.calendar.DeadlineStatus;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

class TimelinessTableTest {
    private static final PartnershipDirectory PARTNERSHIPS = PartnershipDirectory.load(Path.of("job-config"));
    private static final LocalDate IN_2024_25 = LocalDate.of(2024, 6, 3);
    private static final LocalDate IN_2023_24 = LocalDate.of(2024, 3, 15);

    /** A hand-made result: the dates do not matter here, only the statuses, days taken and year. */
    private static NotificationDeadlines deadlines(String id, String partnership, LocalDate notified, int children,
            DeadlineStatus notify, Integer daysToNotify, DeadlineStatus review, Integer daysToReview,
            DeadlineStatus lcspr) {
        LocalDate aware = notified == null ? IN_2024_25 : notified.minusDays(1);
        NotificationRecord first = new NotificationRecord(id, "C-1", partnership, null, aware, notified, "DEATH", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new NotificationDeadlines(id, partnership, children, first, aware.plusDays(7), notify, daysToNotify,
                notified == null ? null : notified.plusDays(21), review, daysToReview, null, lcspr);
    }

    private static Map<String, String> byHeader(List<String> row) {
        assertThat(row).hasSameSizeAs(TimelinessTable.HEADER);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            m.put(TimelinessTable.HEADER.get(i), row.get(i));
        }
        return m;
    }

    private static TimelinessTable table() {
        TimelinessTable t = new TimelinessTable();
        // Camden 2024-25: four notifications, five children; an even number of days to median
        t.add(deadlines("N-A", "202", IN_2024_25, 2, ON_TIME, 1, ON_TIME, 10, NOT_APPLICABLE));
        t.add(deadlines("N-B", "202", IN_2024_25, 1, LATE, 7, LATE, 21, ON_TIME));
        t.add(deadlines("N-C", "202", IN_2024_25, 1, ON_TIME, 3, OVERDUE, null, OVERDUE));
        t.add(deadlines("N-D", "202", IN_2024_25, 1, ON_TIME, 4, NOT_YET_DUE, null, NOT_YET_DUE));
        // Leeds 2023-24: three notifications; an odd number of days to median
        t.add(deadlines("N-F", "383", IN_2023_24, 1, ON_TIME, 2, ON_TIME, 5, UNKNOWN));
        t.add(deadlines("N-G", "383", IN_2023_24, 1, LATE, 9, LATE, 20, UNKNOWN));
        t.add(deadlines("N-H", "383", IN_2023_24, 1, ON_TIME, 4, ON_TIME, 6, UNKNOWN));
        // Leeds 2024-25: never notified, so overdue now; nothing decided
        t.add(deadlines("N-E", "383", null, 1, OVERDUE, null, UNKNOWN, null, UNKNOWN));
        return t;
    }

    @Test
    void onePerPartnershipAndYearInStableOrderWithNames() {
        List<List<String>> rows = table().rows(PARTNERSHIPS);

        assertThat(rows).extracting(r -> r.get(0) + " " + r.get(2)).containsExactly("202 2024-25", "383 2023-24",
                "383 2024-25");
        assertThat(rows).extracting(r -> r.get(1)).containsExactly("Camden Safeguarding Children Partnership",
                "Leeds Safeguarding Children Partnership", "Leeds Safeguarding Children Partnership");
    }

    @Test
    void countsPercentOnTimeMediansAndOverdue() {
        Map<String, String> camden = byHeader(table().rows(PARTNERSHIPS).get(0));

        assertThat(camden).containsEntry("notifications", "4").containsEntry("children", "5")
                .containsEntry("notified_on_time", "3").containsEntry("notified_late", "1")
                .containsEntry("notified_pct_on_time", "75.0")
                .containsEntry("median_working_days_to_notify", "3.5")
                .containsEntry("rapid_reviews_on_time", "1").containsEntry("rapid_reviews_late", "1")
                .containsEntry("rapid_reviews_overdue", "1")
                .containsEntry("rapid_reviews_pct_on_time", "33.3")
                .containsEntry("median_working_days_to_rapid_review", "15.5")
                .containsEntry("lcsprs_due", "3").containsEntry("lcsprs_on_time", "1").containsEntry("lcsprs_late", "0")
                .containsEntry("lcsprs_overdue", "1")
                .containsEntry("overdue_now", "2");
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        Map<String, String> leeds = byHeader(table().rows(PARTNERSHIPS).get(1));

        assertThat(leeds).containsEntry("notifications", "3").containsEntry("children", "3")
                .containsEntry("median_working_days_to_notify", "4")
                .containsEntry("median_working_days_to_rapid_review", "6")
                .containsEntry("notified_pct_on_time", "66.7")
                .containsEntry("rapid_reviews_pct_on_time", "66.7")
                .containsEntry("lcsprs_due", "0")
                .containsEntry("overdue_now", "0");
    }

    @Test
    void overdueNotificationCountsAsLateAndNothingDecidedLeavesBlanks() {
        Map<String, String> leeds = byHeader(table().rows(PARTNERSHIPS).get(2));

        assertThat(leeds).containsEntry("notifications", "1").containsEntry("notified_on_time", "0")
                .containsEntry("notified_late", "1").containsEntry("notified_pct_on_time", "0.0")
                .containsEntry("median_working_days_to_notify", "")
                .containsEntry("rapid_reviews_pct_on_time", "")
                .containsEntry("median_working_days_to_rapid_review", "")
                .containsEntry("overdue_now", "1");
    }

    @Test
    void unknownPartnershipHasBlankCodeAndName() {
        TimelinessTable t = new TimelinessTable();
        t.add(deadlines("N-X", null, IN_2024_25, 1, ON_TIME, 2, ON_TIME, 3, NOT_APPLICABLE));

        assertThat(t.rows(PARTNERSHIPS)).singleElement().satisfies(r -> {
            assertThat(r.subList(0, 5)).containsExactly("", "", "2024-25", "1", "1");
            assertThat(byHeader(r)).containsEntry("notified_pct_on_time", "100.0");
        });
    }
}
