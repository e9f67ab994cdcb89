package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.scorecard.calendar.WorkingDayCalendar;

class NationalSummaryTest {
    private static final Path CONFIG = Path.of("job-config");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.load(CONFIG);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate IN_2024_25 = LocalDate.of(2024, 6, 3);
    private static final LocalDate IN_2023_24 = LocalDate.of(2023, 9, 4);

    private NationalSummary summary;

    private static NotificationRecord child(String id, String child, LocalDate notified, String type, String harm,
            Integer age, String gender, String ethnicity, Boolean domesticAbuse, Boolean neglect) {
        return new NotificationRecord(id, child, "383", null, notified.minusDays(2), notified, type, harm, age, gender,
                ethnicity, null, null, null, null, null, domesticAbuse, null, null, null, neglect, null);
    }

    private void add(NotificationRecord... children) {
        List<NotificationRecord> rows = List.of(children);
        summary.add(NotificationDeadlines.of(rows, CALENDAR, AS_OF), rows);
    }

    /** The row of one year, table and category, if present. */
    private Optional<List<String>> row(String year, String table, String category) {
        return summary.rows().stream().filter(r -> r.get(0).equals(year) && r.get(1).equals(table)
                && r.get(2).equals(category)).findFirst();
    }

    private List<String> cells(String year, String table, String category) {
        return row(year, table, category).orElseThrow(() -> new AssertionError(year + " " + table + " " + category))
                .subList(3, 7);
    }

    @BeforeEach
    void notifications() {
        summary = new NationalSummary(NotificationColumns.load(CONFIG).ageBands());
        // 2024-25: three notifications, five children
        add(child("N-1", "C-1", IN_2024_25, "DEATH", "SUDI", 0, "MALE", "WHITE", true, null));
        add(child("N-2", "C-1", IN_2024_25, "SERIOUS_HARM", "NEGLECT", 3, "FEMALE", "ASIAN", false, true),
                child("N-2", "C-2", IN_2024_25, "SERIOUS_HARM", "NEGLECT", 6, "FEMALE", null, true, true),
                child("N-2", "C-3", IN_2024_25, "SERIOUS_HARM", "NEGLECT", null, null, "WHITE", null, null));
        add(child("N-3", "C-1", IN_2024_25, "SERIOUS_HARM", null, 17, "MALE", "BLACK", null, null));
        // 2023-24: two notifications, two children
        add(child("P-1", "C-1", IN_2023_24, "SERIOUS_HARM", "NEGLECT", 16, "FEMALE", "WHITE", null, null));
        add(child("P-2", "C-1", IN_2023_24, "DEATH", "SUICIDE", 15, "MALE", "MIXED", true, null));
    }

    @Test
    void notificationsAndChildrenAreCountedSeparately() {
        assertThat(cells("2024-25", "notifications", "notifications")).containsExactly("3", "", "2", "50.0");
        assertThat(cells("2024-25", "notifications", "children")).containsExactly("5", "", "2", "150.0");
        assertThat(cells("2023-24", "notifications", "notifications")).containsExactly("2", "", "", "");
    }

    @Test
    void childrenByAgeBandFromTheConfiguredBands() {
        assertThat(cells("2024-25", "children_by_age_band", "Under 1")).containsExactly("1", "20.0", "0", "");
        assertThat(cells("2024-25", "children_by_age_band", "1 to 5")).containsExactly("1", "20.0", "0", "");
        assertThat(cells("2024-25", "children_by_age_band", "6 to 10")).containsExactly("1", "20.0", "0", "");
        assertThat(cells("2024-25", "children_by_age_band", "16 and over")).containsExactly("1", "20.0", "1", "0.0");
        assertThat(cells("2024-25", "children_by_age_band", "Not known")).containsExactly("1", "20.0", "0", "");
        assertThat(row("2024-25", "children_by_age_band", "11 to 15")).as("no child in the band this year").isEmpty();
        assertThat(cells("2023-24", "children_by_age_band", "11 to 15")).containsExactly("1", "50.0", "", "");
    }

    @Test
    void childrenByGenderAndEthnicityWithNotKnown() {
        assertThat(cells("2024-25", "children_by_gender", "FEMALE")).containsExactly("2", "40.0", "1", "100.0");
        assertThat(cells("2024-25", "children_by_gender", "MALE")).containsExactly("2", "40.0", "1", "100.0");
        assertThat(cells("2024-25", "children_by_gender", "NOT_KNOWN")).containsExactly("1", "20.0", "0", "");
        assertThat(cells("2024-25", "children_by_ethnicity", "WHITE")).containsExactly("2", "40.0", "1", "100.0");
        assertThat(cells("2024-25", "children_by_ethnicity", "UNKNOWN")).containsExactly("1", "20.0", "0", "");
    }

    @Test
    void incidentsByTypeAndCategoryCountNotificationsNotChildren() {
        assertThat(cells("2024-25", "notifications_by_incident_type", "SERIOUS_HARM"))
                .containsExactly("2", "66.7", "1", "100.0");
        assertThat(cells("2024-25", "notifications_by_incident_type", "DEATH")).containsExactly("1", "33.3", "1", "0.0");
        assertThat(cells("2024-25", "non_fatal_by_category", "NEGLECT")).containsExactly("1", "50.0", "1", "0.0");
        assertThat(cells("2024-25", "non_fatal_by_category", "NOT_KNOWN")).containsExactly("1", "50.0", "0", "");
        assertThat(cells("2024-25", "fatal_by_category", "SUDI")).containsExactly("1", "100.0", "0", "");
        assertThat(cells("2023-24", "fatal_by_category", "SUICIDE")).containsExactly("1", "100.0", "", "");
    }

    @Test
    void caseCharacteristicsCountNotificationsWithAnyChildHavingThem() {
        assertThat(cells("2024-25", "case_characteristics", "domestic_abuse")).as("N-1 and N-2, once each")
                .containsExactly("2", "66.7", "1", "100.0");
        assertThat(cells("2024-25", "case_characteristics", "neglect")).containsExactly("1", "33.3", "0", "");
        assertThat(row("2024-25", "case_characteristics", "parental_drug_misuse")).isEmpty();
    }

    @Test
    void rowsAreInYearTableAndCategoryOrder() {
        List<List<String>> rows = summary.rows();

        assertThat(rows).allSatisfy(r -> assertThat(r).hasSameSizeAs(NationalSummary.HEADER));
        assertThat(rows).extracting(r -> r.get(0)).isSorted();
        List<String> notificationTables = rows.stream().filter(r -> r.get(0).equals("2024-25")).map(r -> r.get(1))
                .distinct().toList();
        assertThat(notificationTables).startsWith("notifications", "notifications_by_incident_type");
        assertThat(rows.stream().filter(r -> r.get(0).equals("2024-25") && r.get(1).equals("children_by_gender"))
                .map(r -> r.get(2)).toList()).isSorted();
    }
}
