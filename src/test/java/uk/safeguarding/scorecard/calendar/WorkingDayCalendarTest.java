package uk.safeguarding.scorecard.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.ConfigurationException;

class WorkingDayCalendarTest {
    /** England and Wales bank holidays as observed (gov.uk), written out by hand. */
    private static final Map<Integer, List<String>> GOLDEN = new TreeMap<>(Map.of(
            2018, List.of("01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"),
            2019, List.of("01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"),
            2020, List.of("01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"),
            2021, List.of("01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"),
            2022, List.of("01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26",
                    "12-27"),
            2023, List.of("01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"),
            2024, List.of("01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"),
            2025, List.of("01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"),
            2026, List.of("01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"),
            2027, List.of("01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28")));

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadCalendar(@TempDir Path emptyConfig) {
        calendar = WorkingDayCalendar.load(emptyConfig);
    }

    private static Set<LocalDate> golden(int year) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String monthDay : GOLDEN.get(year)) {
            dates.add(LocalDate.parse(year + "-" + monthDay));
        }
        return dates;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @Test
    void everyGoldenBankHolidayIsAWeekdayAndNotAWorkingDay() {
        for (int year : GOLDEN.keySet()) {
            for (LocalDate d : golden(year)) {
                assertThat(isWeekend(d)).as("%s is a weekday", d).isFalse();
                assertThat(calendar.isWorkingDay(d)).as("%s is a bank holiday", d).isFalse();
            }
        }
    }

    @Test
    void theNonWorkingWeekdaysOfEachYearAreExactlyTheGoldenBankHolidays() {
        for (int year : GOLDEN.keySet()) {
            Set<LocalDate> nonWorkingWeekdays = new TreeSet<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (!isWeekend(d) && !calendar.isWorkingDay(d)) {
                    nonWorkingWeekdays.add(d);
                }
            }
            assertThat(nonWorkingWeekdays).as("bank holidays in %d", year).isEqualTo(golden(year));
        }
    }

    @Test
    void weekendsAreNeverWorkingDaysIncludingTheNominalDateOfASubstitutedHoliday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 25))).isFalse(); // Sunday, observed 27th
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 12, 25))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 10))).isTrue();
    }

    @Test
    void fiveWorkingDaysAfterFridayFirstMay2020SkipVeDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2020, 5, 1), 5)).isEqualTo(LocalDate.of(2020, 5, 11));
        assertThat(calendar.addWorkingDays(LocalDate.of(2020, 5, 1), 4)).isEqualTo(LocalDate.of(2020, 5, 7));
    }

    @Test
    void fifteenWorkingDaysAcrossChristmas2022() {
        // Skips Mon 26 Dec (nominal Christmas on Sunday), Tue 27 Dec (substitute), Mon 2 Jan 2023 (substitute).
        assertThat(calendar.addWorkingDays(LocalDate.of(2022, 12, 15), 15)).isEqualTo(LocalDate.of(2023, 1, 10));
    }

    @Test
    void dayZeroNeedNotBeAWorkingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 6, 8), 1)).isEqualTo(LocalDate.of(2024, 6, 10));
        // Saturday 6 May 2023: Monday 8 May was the Coronation holiday.
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 5, 6), 1)).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(calendar.addWorkingDays(LocalDate.of(2020, 12, 25), 1)).isEqualTo(LocalDate.of(2020, 12, 29));
    }

    @Test
    void zeroWorkingDaysIsTheStartDateItself() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 6, 8), 0)).isEqualTo(LocalDate.of(2024, 6, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 5, 8), 0)).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 6, 10), 0)).isEqualTo(LocalDate.of(2024, 6, 10));
    }

    @Test
    void negativeCountIsRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 6, 10), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        LocalDate friday = LocalDate.of(2020, 5, 1);
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2020, 5, 11))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2020, 5, 11), friday)).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2020, 5, 8))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 6, 8), LocalDate.of(2024, 6, 9))).isZero();
        // 2022: 260 weekdays less 10 weekday bank holidays.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31)))
                .isEqualTo(250);
    }

    @Test
    void workingDaysBetweenAgreesWithAddWorkingDaysAndADayByDayCount() {
        Random random = new Random(20240610L);
        LocalDate base = LocalDate.of(2017, 1, 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate from = base.plusDays(random.nextInt(13 * 365));
            int n = random.nextInt(120);
            LocalDate to = calendar.addWorkingDays(from, n);
            assertThat(calendar.workingDaysBetween(from, to)).as("from %s n %d", from, n).isEqualTo(n);
            assertThat(calendar.isWorkingDay(to) || n == 0).as("%s is a working day", to).isTrue();
            assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-n);

            LocalDate other = from.plusDays(random.nextInt(801) - 400);
            int expected = naiveCount(from, other);
            assertThat(calendar.workingDaysBetween(from, other)).as("%s to %s", from, other).isEqualTo(expected);
        }
    }

    @Test
    void longSpansAreCountedCorrectly() {
        LocalDate from = LocalDate.of(1995, 3, 17);
        LocalDate to = LocalDate.of(2055, 10, 2);
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(naiveCount(from, to));
        assertThat(calendar.addWorkingDays(from, calendar.workingDaysBetween(from, to)))
                .isEqualTo(previousWorkingDayOnOrBefore(to));
    }

    @Test
    void isSafeToShareBetweenThreads(@TempDir Path config) throws Exception {
        WorkingDayCalendar fresh = WorkingDayCalendar.load(config);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> fresh.workingDaysBetween(LocalDate.of(2000, 1, 1),
                        LocalDate.of(2030, 12, 31))));
            }
            int expected = calendar.workingDaysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));
            for (Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extraDatesFromTheConfigFileAreNotWorkingDays(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("non-working-days.csv"),
                "date,description\n2024-06-12,Office closure\n\n2025-01-02,\"Extra day, after New Year\"\n");
        WorkingDayCalendar withExtras = WorkingDayCalendar.load(config);

        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 12))).isTrue();
        assertThat(withExtras.isWorkingDay(LocalDate.of(2024, 6, 12))).isFalse();
        assertThat(withExtras.isWorkingDay(LocalDate.of(2025, 1, 2))).isFalse();
        assertThat(withExtras.isWorkingDay(LocalDate.of(2024, 6, 11))).isTrue();
        assertThat(withExtras.isWorkingDay(LocalDate.of(2024, 12, 25))).isFalse();
        assertThat(withExtras.addWorkingDays(LocalDate.of(2024, 6, 10), 3)).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(withExtras.workingDaysBetween(LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 14)))
                .isEqualTo(3);
    }

    @Test
    void aBadDateNamesTheFileAndLine(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("non-working-days.csv"),
                "date,description\n2024-06-12,Office closure\n12/06/2024,UK order is not accepted\n");
        assertThatThrownBy(() -> WorkingDayCalendar.load(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("non-working-days.csv")
                .hasMessageContaining("line 3")
                .hasMessageContaining("12/06/2024");
    }

    @Test
    void aMissingDateColumnIsAConfigurationError(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("non-working-days.csv"), "day,description\n2024-06-12,x\n");
        assertThatThrownBy(() -> WorkingDayCalendar.load(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("non-working-days.csv");
    }

    @Test
    void theShippedJobConfigLoads() {
        WorkingDayCalendar shipped = WorkingDayCalendar.load(Path.of("job-config"));
        assertThat(shipped.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(shipped.addWorkingDays(LocalDate.of(2020, 5, 1), 5)).isEqualTo(LocalDate.of(2020, 5, 11));
    }

    private static int naiveCount(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -naiveCount(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate previousWorkingDayOnOrBefore(LocalDate d) {
        LocalDate x = d;
        while (!calendar.isWorkingDay(x)) {
            x = x.minusDays(1);
        }
        return x;
    }
}
