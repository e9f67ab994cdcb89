package uk.safeguarding.scorecard.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** Parses dates as people in England write them: ISO or day first, never US month-first order. */
public final class UkDates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d/M/uuuu"), pattern("d-M-uuuu"), pattern("d.M.uuuu"),
            pattern("d MMM uuuu"), pattern("d MMMM uuuu"));

    private UkDates() {
    }

    /** The date, null for a blank value; throws {@link DateTimeParseException} for anything else. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        throw new DateTimeParseException("not a date in ISO (yyyy-MM-dd) or UK (dd/MM/yyyy) form", v, 0);
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }
}
