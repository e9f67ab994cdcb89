package uk.safeguarding.scorecard.notification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import uk.safeguarding.scorecard.Sha256;
import uk.safeguarding.scorecard.calendar.UkDates;
import uk.safeguarding.scorecard.partnership.Partnership;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

/**
 * Checks one row against the named rules and types its values.
 *
 * <p>Hard rules (the row is rejected): {@code required_field}, {@code date_invalid},
 * {@code date_order} (incident &lt;= aware &lt;= notified &lt;= rapid review submitted; LCSPR
 * decision &lt;= sent to Panel / published), {@code local_authority_unknown},
 * {@code category_unknown} on the incident type, {@code age_out_of_range} (0-17).
 * Soft rules (loaded with a warning): {@code category_unknown} on other categories (stored as not
 * known), {@code value_invalid} for an unreadable age or yes/no, {@code date_after_as_of}.
 * Duplicates and disagreeing dates within a notification are found across rows, by the writer and
 * after ingest.
 */
final class RowValidator {
    private static final int MAX_CHILD_AGE = 17;
    private static final Pattern YEARS = Pattern.compile("-?\\d{1,3}(\\.\\d+)?");
    private static final List<String> DATE_COLUMNS = List.of("incident_date", "la_aware_date", "notified_date",
            "rapid_review_submitted_date", "lcspr_decision_date", "lcspr_sent_to_panel_date", "lcspr_published_date");
    private final NotificationColumns columns;
    private final LocalDate asOf;
    private final TextMemo<Optional<Partnership>> partnershipByText;
    private final Map<String, TextMemo<Optional<String>>> categoryByText = new ConcurrentHashMap<>();

    RowValidator(NotificationColumns columns, PartnershipDirectory partnerships, LocalDate asOf) {
        this.columns = columns;
        this.asOf = asOf;
        this.partnershipByText = new TextMemo<>(partnerships::find);
    }

    RowOutcome validate(SourceRow row) {
        Checks c = new Checks(row);
        for (String required : columns.required()) {
            if (row.cell(required).isBlank()) {
                c.hard("required_field", required, required + " is missing");
            }
        }
        LocalDate incident = c.date("incident_date");
        LocalDate aware = c.date("la_aware_date");
        LocalDate notified = c.date("notified_date");
        LocalDate rapidReview = c.date("rapid_review_submitted_date");
        LocalDate decision = c.date("lcspr_decision_date");
        LocalDate sent = c.date("lcspr_sent_to_panel_date");
        LocalDate published = c.date("lcspr_published_date");
        c.order("incident_date", incident, "la_aware_date", aware);
        c.order("la_aware_date", aware, "notified_date", notified);
        c.order("notified_date", notified, "rapid_review_submitted_date", rapidReview);
        c.order("lcspr_decision_date", decision, "lcspr_sent_to_panel_date", sent);
        c.order("lcspr_decision_date", decision, "lcspr_published_date", published);
        LocalDate[] dates = {incident, aware, notified, rapidReview, decision, sent, published};
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] != null && dates[i].isAfter(asOf)) {
                String col = DATE_COLUMNS.get(i);
                c.soft("date_after_as_of", col, col + " is after the as-of date");
            }
        }
        String partnership = partnership(row, c);
        String incidentType = c.category("incident_type", true);
        Integer age = c.age();
        NotificationRecord record = new NotificationRecord(row.cell("notification_id").text(), row.cell("child_ref").text(),
                partnership, incident, aware, notified, incidentType, c.category("harm_category", false), age,
                c.category("gender", false), c.category("ethnicity", false), rapidReview,
                c.category("lcspr_decision", false), decision, sent, published, c.yesNo("domestic_abuse"),
                c.yesNo("parental_mental_health"), c.yesNo("parental_alcohol_misuse"), c.yesNo("parental_drug_misuse"),
                c.yesNo("neglect"), c.yesNo("known_to_childrens_social_care"));
        return new RowOutcome(row, c.rejected ? null : record, List.copyOf(c.findings));
    }

    private String partnership(SourceRow row, Checks c) {
        RawCell la = row.cell("local_authority");
        if (la.isBlank()) {
            return null;
        }
        Optional<Partnership> p = partnershipByText.get(la.text());
        if (p.isEmpty()) {
            c.hard("local_authority_unknown", "local_authority", "local authority not found in partnerships.csv "
                    + "(by name, DfE code or ONS code)");
            return null;
        }
        return p.get().code();
    }

    private Optional<String> categoryOf(String column, String text) {
        return categoryByText.computeIfAbsent(column, c -> new TextMemo<>(t -> columns.category(c, t))).get(text);
    }

    static String digest(String value) {
        return value == null || value.isBlank() ? "" : Sha256.of(value.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** The findings of one row as they are made. */
    private final class Checks {
        final SourceRow row;
        final List<Finding> findings = new ArrayList<>();
        boolean rejected;

        Checks(SourceRow row) {
            this.row = row;
        }

        void hard(String rule, String column, String message) {
            rejected = true;
            findings.add(new Finding(rule, true, column, digest(row.cell(column).text()), message));
        }

        void soft(String rule, String column, String message) {
            findings.add(new Finding(rule, false, column, digest(row.cell(column).text()), message));
        }

        LocalDate date(String column) {
            RawCell cell = row.cell(column);
            if (cell.date() != null) {
                return cell.date();
            }
            if (cell.isBlank()) {
                return null;
            }
            try {
                return UkDates.parse(cell.text());
            } catch (DateTimeParseException e) {
                hard("date_invalid", column, column + " is not a date (ISO yyyy-MM-dd, UK dd/MM/yyyy or a spreadsheet date)");
                return null;
            }
        }

        void order(String firstColumn, LocalDate first, String secondColumn, LocalDate second) {
            if (first != null && second != null && second.isBefore(first)) {
                hard("date_order", secondColumn, secondColumn + " is before " + firstColumn);
            }
        }

        String category(String column, boolean hardRule) {
            RawCell cell = row.cell(column);
            if (cell.isBlank()) {
                return null;
            }
            Optional<String> value = categoryOf(column, cell.text());
            if (value.isEmpty()) {
                String message = column + " is not one of the values in notification-columns.yml";
                if (hardRule) {
                    hard("category_unknown", column, message);
                } else {
                    soft("category_unknown", column, message + "; stored as not known");
                }
            }
            return value.orElse(null);
        }

        Integer age() {
            RawCell cell = row.cell("child_age_years");
            if (cell.isBlank()) {
                return null;
            }
            if (!YEARS.matcher(cell.text()).matches()) {
                soft("value_invalid", "child_age_years", "child_age_years is not a number of years; stored as not known");
                return null;
            }
            int age = (int) Math.floor(Double.parseDouble(cell.text()));
            if (age < 0 || age > MAX_CHILD_AGE) {
                hard("age_out_of_range", "child_age_years", "child_age_years is outside 0 to " + MAX_CHILD_AGE);
                return null;
            }
            return age;
        }

        Boolean yesNo(String column) {
            RawCell cell = row.cell(column);
            if (cell.isBlank()) {
                return null;
            }
            Optional<String> value = categoryOf("yes_no", cell.text());
            if (value.isEmpty()) {
                soft("value_invalid", column, column + " is not yes or no; stored as not known");
                return null;
            }
            return value.get().equals("YES");
        }
    }
}
