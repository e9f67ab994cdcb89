package uk.safeguarding.scorecard.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The tables of the Panel's annual report, per reporting year (April to March): notifications
 * and children; notifications by incident type; fatal and non-fatal incidents by category;
 * children by age band, gender and ethnicity; case characteristics; each with the count a year
 * earlier and the change.
 */
final class NationalSummary {
    static final List<String> HEADER = List.of("year", "table", "category", "count", "percent", "previous_year_count",
            "change_percent");
    private static final String NOT_KNOWN = "NOT_KNOWN";
    private static final Map<String, Function<NotificationRecord, Boolean>> CHARACTERISTICS = characteristics();

    private final List<NotificationColumns.AgeBand> ageBands;
    /** year -> table -> category -> count, tables in report order. */
    private final Map<String, Map<String, Map<String, Integer>>> counts = new TreeMap<>();

    NationalSummary(List<NotificationColumns.AgeBand> ageBands) {
        this.ageBands = ageBands;
    }

    void add(NotificationDeadlines d, List<NotificationRecord> children) {
        String year = d.year();
        NotificationRecord first = d.first();
        count(year, "notifications", "notifications");
        children.forEach(c -> count(year, "notifications", "children"));
        count(year, "notifications_by_incident_type", orNotKnown(first.incidentType()));
        if ("DEATH".equals(first.incidentType())) {
            count(year, "fatal_by_category", orNotKnown(first.harmCategory()));
        } else if ("SERIOUS_HARM".equals(first.incidentType())) {
            count(year, "non_fatal_by_category", orNotKnown(first.harmCategory()));
        }
        for (NotificationRecord c : children) {
            count(year, "children_by_age_band", ageBand(c.childAgeYears()));
            count(year, "children_by_gender", orNotKnown(c.gender()));
            count(year, "children_by_ethnicity", c.ethnicity() == null ? "UNKNOWN" : c.ethnicity());
        }
        CHARACTERISTICS.forEach((name, getter) -> {
            if (children.stream().anyMatch(c -> Boolean.TRUE.equals(getter.apply(c)))) {
                count(year, "case_characteristics", name);
            }
        });
    }

    private static Map<String, Function<NotificationRecord, Boolean>> characteristics() {
        Map<String, Function<NotificationRecord, Boolean>> c = new LinkedHashMap<>();
        c.put("domestic_abuse", NotificationRecord::domesticAbuse);
        c.put("parental_mental_health", NotificationRecord::parentalMentalHealth);
        c.put("parental_alcohol_misuse", NotificationRecord::parentalAlcoholMisuse);
        c.put("parental_drug_misuse", NotificationRecord::parentalDrugMisuse);
        c.put("neglect", NotificationRecord::neglect);
        c.put("known_to_childrens_social_care", NotificationRecord::knownToChildrensSocialCare);
        return c;
    }

    private String ageBand(Integer age) {
        if (age == null) {
            return "Not known";
        }
        return ageBands.stream().filter(b -> age >= b.from() && age <= b.to()).map(NotificationColumns.AgeBand::label)
                .findFirst().orElse("Not known");
    }

    private void count(String year, String table, String category) {
        counts.computeIfAbsent(year, y -> new LinkedHashMap<>()).computeIfAbsent(table, t -> new TreeMap<>())
                .merge(category, 1, Integer::sum);
    }

    /** Rows in year, table and category order; percent of the table's total (of notifications for characteristics). */
    List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, Integer>>> year : counts.entrySet()) {
            Map<String, Map<String, Integer>> previous = counts.get(previousYear(year.getKey()));
            int notifications = year.getValue().getOrDefault("notifications", Map.of()).getOrDefault("notifications", 0);
            for (Map.Entry<String, Map<String, Integer>> table : year.getValue().entrySet()) {
                int total = switch (table.getKey()) {
                    case "notifications" -> 0; // counts, not shares
                    case "case_characteristics" -> notifications;
                    default -> table.getValue().values().stream().mapToInt(Integer::intValue).sum();
                };
                for (Map.Entry<String, Integer> cell : table.getValue().entrySet()) {
                    Integer before = previous == null ? null
                            : previous.getOrDefault(table.getKey(), Map.of()).getOrDefault(cell.getKey(), 0);
                    out.add(List.of(year.getKey(), table.getKey(), cell.getKey(), String.valueOf(cell.getValue()),
                            total == 0 ? "" : String.format(Locale.ROOT, "%.1f", 100.0 * cell.getValue() / total),
                            before == null ? "" : String.valueOf(before),
                            before == null || before == 0 ? ""
                                    : String.format(Locale.ROOT, "%.1f", 100.0 * (cell.getValue() - before) / before)));
                }
            }
        }
        return out;
    }

    private static String previousYear(String year) {
        if (!year.matches("\\d{4}-\\d{2}")) {
            return "";
        }
        return NotificationDeadlines.reportingYear(Integer.parseInt(year.substring(0, 4)) - 1);
    }

    private static String orNotKnown(String value) {
        return value == null ? NOT_KNOWN : value;
    }
}
