package uk.safeguarding.scorecard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineStatusTest {
    private static final LocalDate DUE = LocalDate.of(2024, 3, 15);

    @Test
    void doneOnOrBeforeDueIsOnTime() {
        assertThat(DeadlineStatus.judge(DUE, DUE, DUE.plusYears(1))).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(DeadlineStatus.judge(DUE, DUE.minusDays(3), DUE.minusDays(10))).isEqualTo(DeadlineStatus.ON_TIME);
    }

    @Test
    void doneAfterDueIsLate() {
        assertThat(DeadlineStatus.judge(DUE, DUE.plusDays(1), DUE.plusDays(1))).isEqualTo(DeadlineStatus.LATE);
    }

    @Test
    void notDoneAndPastDueIsOverdue() {
        assertThat(DeadlineStatus.judge(DUE, null, DUE.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void notDoneOnOrBeforeDueIsNotYetDue() {
        assertThat(DeadlineStatus.judge(DUE, null, DUE)).isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(DeadlineStatus.judge(DUE, null, DUE.minusDays(1))).isEqualTo(DeadlineStatus.NOT_YET_DUE);
    }

    @Test
    void noDueDateIsUnknown() {
        assertThat(DeadlineStatus.judge(null, DUE, DUE)).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(DeadlineStatus.judge(null, null, DUE)).isEqualTo(DeadlineStatus.UNKNOWN);
    }

    @Test
    void onlyLateAndOverdueAreMissed() {
        assertThat(DeadlineStatus.values()).filteredOn(DeadlineStatus::isMissed)
                .containsExactlyInAnyOrder(DeadlineStatus.LATE, DeadlineStatus.OVERDUE);
    }
}
