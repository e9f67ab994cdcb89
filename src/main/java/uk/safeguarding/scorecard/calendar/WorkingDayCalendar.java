package uk.safeguarding.scorecard.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.export.CsvTable;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays (from Jollyday, observed
 * dates, so substitute days count) and the extra dates listed in {@code non-working-days.csv}.
 *
 * <p>Counting follows the statutory clocks: the trigger date is day 0 and "N working days after D" is
 * the Nth working day strictly after D, whether or not D is itself a working day. Instances are
 * immutable apart from a lazily filled per-year cache and are safe to share between threads.
 */
public final class WorkingDayCalendar {
    /** The optional file of extra non-working dates in the job configuration directory. */
    public static final String EXTRAS_FILE = "non-working-days.csv";

    private static final String SUBDIVISION = "eng";
    /** Epoch day of Monday 1969-12-29, the anchor for counting weekdays arithmetically. */
    private static final long MONDAY_ANCHOR = LocalDate.of(1969, 12, 29).toEpochDay();

    private final HolidayManager holidays;
    private final Map<Integer, Set<LocalDate>> extrasByYear;
    private final ConcurrentHashMap<Integer, Set<LocalDate>> nonWorkingByYear = new ConcurrentHashMap<>();

    private WorkingDayCalendar(HolidayManager holidays, Map<Integer, Set<LocalDate>> extrasByYear) {
        this.holidays = holidays;
        this.extrasByYear = extrasByYear;
    }

    /**
     * England and Wales bank holidays plus the dates in {@code configDir/non-working-days.csv}
     * (columns {@code date,description}, ISO dates; a missing file means no extra dates).
     *
     * @throws ConfigurationException naming the file and line of a row whose date is not valid
     */
    public static WorkingDayCalendar load(Path configDir) {
        Objects.requireNonNull(configDir, "configDir");
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        return new WorkingDayCalendar(manager, readExtras(configDir.resolve(EXTRAS_FILE)));
    }

    private static Map<Integer, Set<LocalDate>> readExtras(Path file) {
        Map<Integer, Set<LocalDate>> byYear = new HashMap<>();
        if (!Files.exists(file)) {
            return Map.of();
        }
        for (CsvTable.Row row : CsvTable.read(file, "date", "description").rows()) {
            String value = row.get("date");
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new ConfigurationException(file + " line " + row.line() + ": date '" + value
                        + "' is not an ISO date (yyyy-MM-dd)", e);
            }
            byYear.computeIfAbsent(date.getYear(), y -> new HashSet<>()).add(date);
        }
        Map<Integer, Set<LocalDate>> frozen = new HashMap<>();
        byYear.forEach((year, dates) -> frozen.put(year, Set.copyOf(dates)));
        return Map.copyOf(frozen);
    }

    /** True for Monday to Friday unless a bank holiday or an extra non-working date. */
    public boolean isWorkingDay(LocalDate d) {
        Objects.requireNonNull(d, "date");
        return !isWeekend(d) && !nonWorkingDays(d.getYear()).contains(d);
    }

    /**
     * The Nth working day after {@code from} (day 0 is {@code from} itself, working day or not);
     * {@code n = 0} returns {@code from}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = from;
        int remaining = n;
        // Jump whole weeks (w weeks hold at most 5w working days) but always leave at least one
        // working day to step to, so the answer is a working day, not the end of a jump.
        while (remaining > 5) {
            LocalDate next = d.plusWeeks((remaining - 1) / 5);
            int counted = workingDaysBetween(d, next);
            if (counted == 0) {
                break;
            }
            remaining -= counted;
            d = next;
        }
        while (remaining > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                remaining--;
            }
        }
        return d;
    }

    /**
     * The number of working days d with {@code from < d <= to}; when {@code to} is before
     * {@code from}, the negative of {@code workingDaysBetween(to, from)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long count = weekdaysBefore(to.toEpochDay() + 1) - weekdaysBefore(from.toEpochDay() + 1);
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate h : nonWorkingDays(year)) {
                if (h.isAfter(from) && !h.isAfter(to) && !isWeekend(h)) {
                    count--;
                }
            }
        }
        return Math.toIntExact(count);
    }

    /** Weekdays in [anchor Monday, epochDay), negative for days before the anchor. */
    private static long weekdaysBefore(long epochDay) {
        long k = epochDay - MONDAY_ANCHOR;
        return 5 * Math.floorDiv(k, 7) + Math.min(Math.floorMod(k, 7), 5);
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Bank holidays (observed dates) and extra dates falling in a year, computed once per year. */
    private Set<LocalDate> nonWorkingDays(int year) {
        return nonWorkingByYear.computeIfAbsent(year, this::computeNonWorkingDays);
    }

    private Set<LocalDate> computeNonWorkingDays(int year) {
        Set<LocalDate> dates = new HashSet<>(extrasByYear.getOrDefault(year, Set.of()));
        // Neighbouring years too, in case a substitute day crosses New Year.
        for (int y = year - 1; y <= year + 1; y++) {
            Set<Holiday> found;
            synchronized (holidays) {
                found = holidays.getHolidays(Year.of(y), SUBDIVISION);
            }
            for (Holiday h : found) {
                if (h.getDate().getYear() == year) {
                    dates.add(h.getDate());
                }
            }
        }
        return Set.copyOf(dates);
    }
}
