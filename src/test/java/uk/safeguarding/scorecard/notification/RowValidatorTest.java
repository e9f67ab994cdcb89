package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguarding.scorecard.Sha256;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

class RowValidatorTest {
    private static final Path CONFIG = Path.of("job-config");
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final RowValidator VALIDATOR = new RowValidator(NotificationColumns.load(CONFIG),
            PartnershipDirectory.load(CONFIG), AS_OF);

    /** A minimal valid row: every test changes one thing. */
    private static Map<String, String> baseline() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("notification_id", "N-0001");
        v.put("child_ref", "C-0001-1");
        v.put("local_authority", "Camden");
        v.put("incident_date", "2024-05-01");
        v.put("la_aware_date", "2024-05-02");
        v.put("notified_date", "2024-05-07");
        v.put("incident_type", "Serious harm");
        v.put("harm_category", "Neglect");
        v.put("child_age_years", "4");
        v.put("gender", "Female");
        v.put("ethnicity", "White");
        v.put("rapid_review_submitted_date", "2024-05-20");
        v.put("lcspr_decision", "Yes");
        v.put("lcspr_decision_date", "2024-06-01");
        v.put("lcspr_sent_to_panel_date", "2024-11-01");
        v.put("lcspr_published_date", "2024-11-01");
        v.put("domestic_abuse", "Yes");
        v.put("neglect", "n");
        return v;
    }

    private static RowOutcome validate(String... overrides) {
        Map<String, String> values = baseline();
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                values.remove(overrides[i]);
            } else {
                values.put(overrides[i], overrides[i + 1]);
            }
        }
        Map<String, RawCell> cells = new HashMap<>();
        values.forEach((k, v) -> cells.put(k, new RawCell(v, null)));
        return VALIDATOR.validate(new SourceRow("notifications.xlsx", "Data", 7, cells));
    }

    private static List<String> rules(RowOutcome o) {
        return o.findings().stream().map(f -> f.rule() + (f.hard() ? "!" : "?") + "@" + f.column()).toList();
    }

    @Test
    void baselineLoadsWithNoFindings() {
        RowOutcome o = validate();

        assertThat(o.findings()).isEmpty();
        assertThat(o.rejected()).isFalse();
        NotificationRecord r = o.record();
        assertThat(r.notificationId()).isEqualTo("N-0001");
        assertThat(r.childRef()).isEqualTo("C-0001-1");
        assertThat(r.partnershipCode()).isEqualTo("202");
        assertThat(r.incidentDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(r.laAwareDate()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(r.notifiedDate()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(r.incidentType()).isEqualTo("SERIOUS_HARM");
        assertThat(r.harmCategory()).isEqualTo("NEGLECT");
        assertThat(r.childAgeYears()).isEqualTo(4);
        assertThat(r.gender()).isEqualTo("FEMALE");
        assertThat(r.ethnicity()).isEqualTo("WHITE");
        assertThat(r.rapidReviewSubmittedDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(r.lcsprDecision()).isEqualTo("YES");
        assertThat(r.lcsprDecisionDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(r.lcsprPublishedDate()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(r.domesticAbuse()).isTrue();
        assertThat(r.neglect()).isFalse();
        assertThat(r.parentalMentalHealth()).isNull();
        assertThat(o.source().row()).isEqualTo(7);
    }

    @Test
    void realSpreadsheetDateCellIsUsedAsItIs() {
        Map<String, RawCell> cells = new HashMap<>();
        baseline().forEach((k, v) -> cells.put(k, new RawCell(v, null)));
        cells.put("la_aware_date", new RawCell("45415", LocalDate.of(2024, 5, 3)));

        RowOutcome o = VALIDATOR.validate(new SourceRow("f.xlsx", "Data", 2, cells));

        assertThat(o.findings()).isEmpty();
        assertThat(o.record().laAwareDate()).isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    void missingRequiredFieldRejectsTheRow() {
        for (String required : List.of("notification_id", "child_ref", "local_authority", "la_aware_date",
                "notified_date", "incident_type")) {
            RowOutcome o = validate(required, null);
            assertThat(o.rejected()).as(required).isTrue();
            assertThat(rules(o)).as(required).contains("required_field!@" + required);
        }
        RowOutcome blank = validate("child_ref", "   ");
        assertThat(blank.rejected()).isTrue();
        assertThat(rules(blank)).containsExactly("required_field!@child_ref");
        assertThat(blank.findings().get(0).valueDigest()).isEmpty();
    }

    @Test
    void optionalColumnsMayBeMissing() {
        RowOutcome o = validate("incident_date", null, "harm_category", null, "child_age_years", null, "gender", null,
                "ethnicity", null, "rapid_review_submitted_date", null, "lcspr_decision", null, "lcspr_decision_date", null,
                "lcspr_sent_to_panel_date", null, "lcspr_published_date", null, "domestic_abuse", null, "neglect", null);

        assertThat(o.findings()).isEmpty();
        assertThat(o.rejected()).isFalse();
        assertThat(o.record().childAgeYears()).isNull();
    }

    @Test
    void dateInvalidRejectsTheRow() {
        RowOutcome text = validate("notified_date", "next Tuesday");
        assertThat(text.rejected()).isTrue();
        assertThat(rules(text)).containsExactly("date_invalid!@notified_date");

        RowOutcome impossible = validate("la_aware_date", "31/02/2024");
        assertThat(impossible.rejected()).isTrue();
        assertThat(rules(impossible)).containsExactly("date_invalid!@la_aware_date");
    }

    @Test
    void usMonthFirstDateIsInvalid() {
        RowOutcome o = validate("lcspr_published_date", "05/13/2024");

        assertThat(o.rejected()).isTrue();
        assertThat(rules(o)).containsExactly("date_invalid!@lcspr_published_date");
    }

    @Test
    void ukTextDateIsDayFirst() {
        RowOutcome o = validate("incident_date", "01/05/2023", "la_aware_date", "08/05/2023", "notified_date", "9/5/2023",
                "rapid_review_submitted_date", "2023-05-30");

        assertThat(o.findings()).isEmpty();
        assertThat(o.record().laAwareDate()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(o.record().notifiedDate()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(o.record().incidentDate()).isEqualTo(LocalDate.of(2023, 5, 1));
    }

    @Test
    void awareBeforeIncidentIsDateOrder() {
        RowOutcome o = validate("incident_date", "2024-05-03");

        assertThat(o.rejected()).isTrue();
        assertThat(rules(o)).containsExactly("date_order!@la_aware_date");
    }

    @Test
    void notifiedBeforeAwareIsDateOrder() {
        RowOutcome o = validate("notified_date", "2024-05-01", "incident_date", "2024-04-30");

        assertThat(o.rejected()).isTrue();
        assertThat(rules(o)).containsExactly("date_order!@notified_date");
    }

    @Test
    void rapidReviewBeforeNotifiedIsDateOrder() {
        RowOutcome o = validate("rapid_review_submitted_date", "2024-05-06");

        assertThat(o.rejected()).isTrue();
        assertThat(rules(o)).containsExactly("date_order!@rapid_review_submitted_date");
    }

    @Test
    void lcsprPublishedOrSentBeforeDecisionIsDateOrder() {
        RowOutcome published = validate("lcspr_published_date", "2024-05-31");
        assertThat(published.rejected()).isTrue();
        assertThat(rules(published)).containsExactly("date_order!@lcspr_published_date");

        RowOutcome sent = validate("lcspr_sent_to_panel_date", "2024-05-31");
        assertThat(sent.rejected()).isTrue();
        assertThat(rules(sent)).containsExactly("date_order!@lcspr_sent_to_panel_date");
    }

    @Test
    void sameDayIsInOrder() {
        RowOutcome o = validate("incident_date", "2024-05-02", "notified_date", "2024-05-02",
                "rapid_review_submitted_date", "2024-05-02", "lcspr_decision_date", "2024-11-01");

        assertThat(o.findings()).isEmpty();
    }

    @Test
    void unknownLocalAuthorityRejectsTheRow() {
        RowOutcome o = validate("local_authority", "Atlantis Borough");

        assertThat(o.rejected()).isTrue();
        assertThat(rules(o)).containsExactly("local_authority_unknown!@local_authority");
    }

    @Test
    void localAuthorityByDfeCodeOnsCodeOrNameResolvesToTheSamePartnership() {
        for (String la : List.of("202", "E09000007", "Camden", "CAMDEN", " camden ")) {
            RowOutcome o = validate("local_authority", la);
            assertThat(o.findings()).as(la).isEmpty();
            assertThat(o.record().partnershipCode()).as(la).isEqualTo("202");
        }
        for (String la : List.of("383", "E08000035", "Leeds")) {
            assertThat(validate("local_authority", la).record().partnershipCode()).as(la).isEqualTo("383");
        }
    }

    @Test
    void unknownIncidentTypeRejectsTheRow() {
        RowOutcome o = validate("incident_type", "Explosion");

        assertThat(o.rejected()).isTrue();
        assertThat(rules(o)).containsExactly("category_unknown!@incident_type");
    }

    @Test
    void aTextSeenBeforeIsJudgedAsTheFirstTime() {
        RowValidator validator = new RowValidator(NotificationColumns.load(CONFIG), PartnershipDirectory.load(CONFIG), AS_OF);
        for (int row = 0; row < 3; row++) {
            Map<String, RawCell> cells = new HashMap<>();
            baseline().forEach((k, v) -> cells.put(k, new RawCell(v, null)));
            cells.put("gender", new RawCell("Unicorn", null));
            cells.put("local_authority", new RawCell(row == 1 ? "Atlantis" : "Camden", null));

            RowOutcome o = validator.validate(new SourceRow("f.xlsx", "Data", row + 2, cells));

            if (row == 1) {
                assertThat(rules(o)).as("row %d", row).containsExactlyInAnyOrder("category_unknown?@gender",
                        "local_authority_unknown!@local_authority");
            } else {
                assertThat(rules(o)).as("row %d", row).containsExactly("category_unknown?@gender");
                assertThat(o.record().partnershipCode()).isEqualTo("202");
                assertThat(o.record().incidentType()).isEqualTo("SERIOUS_HARM");
            }
        }
    }

    @Test
    void unknownOtherCategoriesAreSoftAndStoredAsNotKnown() {
        RowOutcome o = validate("harm_category", "Mystery harm", "gender", "Unicorn", "ethnicity", "Martian");

        assertThat(o.rejected()).isFalse();
        assertThat(rules(o)).containsExactlyInAnyOrder("category_unknown?@harm_category", "category_unknown?@gender",
                "category_unknown?@ethnicity");
        assertThat(o.record().harmCategory()).isNull();
        assertThat(o.record().gender()).isNull();
        assertThat(o.record().ethnicity()).isNull();
        assertThat(o.record().incidentType()).isEqualTo("SERIOUS_HARM");
    }

    @Test
    void categorySynonymsMapToCanonicalValues() {
        RowOutcome death = validate("incident_type", "Child death", "harm_category", "Intra-familial maltreatment",
                "ethnicity", "White British", "gender", "boy", "lcspr_decision", "Not initiated", "domestic_abuse", "TRUE",
                "neglect", "0");
        assertThat(death.findings()).isEmpty();
        assertThat(death.record().incidentType()).isEqualTo("DEATH");
        assertThat(death.record().harmCategory()).isEqualTo("MALTREATMENT_IN_FAMILY");
        assertThat(death.record().ethnicity()).isEqualTo("WHITE");
        assertThat(death.record().gender()).isEqualTo("MALE");
        assertThat(death.record().lcsprDecision()).isEqualTo("NO");
        assertThat(death.record().domesticAbuse()).isTrue();
        assertThat(death.record().neglect()).isFalse();

        RowOutcome harm = validate("incident_type", "NON-FATAL", "harm_category", "CSE", "ethnicity", "Pakistani");
        assertThat(harm.findings()).isEmpty();
        assertThat(harm.record().incidentType()).isEqualTo("SERIOUS_HARM");
        assertThat(harm.record().harmCategory()).isEqualTo("CHILD_SEXUAL_EXPLOITATION");
        assertThat(harm.record().ethnicity()).isEqualTo("ASIAN");
    }

    @Test
    void ageOutsideZeroToSeventeenRejectsTheRow() {
        for (String age : List.of("19", "-1", "18")) {
            RowOutcome o = validate("child_age_years", age);
            assertThat(o.rejected()).as(age).isTrue();
            assertThat(rules(o)).as(age).containsExactly("age_out_of_range!@child_age_years");
        }
        assertThat(validate("child_age_years", "0").record().childAgeYears()).isZero();
        assertThat(validate("child_age_years", "17").record().childAgeYears()).isEqualTo(17);
        assertThat(validate("child_age_years", "17.9").record().childAgeYears()).as("age in whole years").isEqualTo(17);
    }

    @Test
    void unreadableAgeIsSoftValueInvalid() {
        RowOutcome o = validate("child_age_years", "ten");

        assertThat(o.rejected()).isFalse();
        assertThat(rules(o)).containsExactly("value_invalid?@child_age_years");
        assertThat(o.record().childAgeYears()).isNull();
    }

    @Test
    void notANumberAgeIsValueInvalidNotAgeZero() {
        RowOutcome o = validate("child_age_years", "NaN");

        assertThat(o.record()).isNotNull();
        assertThat(o.record().childAgeYears()).as("'NaN' is not an age: stored as not known, not as 0").isNull();
        assertThat(rules(o)).containsExactly("value_invalid?@child_age_years");
    }

    @Test
    void ageWithAJavaNumberSuffixIsValueInvalidNotYears() {
        RowOutcome o = validate("child_age_years", "3d");

        assertThat(o.record()).isNotNull();
        assertThat(o.record().childAgeYears()).as("'3d' (perhaps 3 days) is not 3 years").isNull();
        assertThat(rules(o)).containsExactly("value_invalid?@child_age_years");
    }

    @Test
    void unreadableYesNoIsSoftValueInvalid() {
        RowOutcome o = validate("domestic_abuse", "perhaps");

        assertThat(o.rejected()).isFalse();
        assertThat(rules(o)).containsExactly("value_invalid?@domestic_abuse");
        assertThat(o.record().domesticAbuse()).isNull();
    }

    @Test
    void dateAfterAsOfIsSoft() {
        RowOutcome o = validate("lcspr_sent_to_panel_date", "2025-07-01", "lcspr_published_date", "2025-07-01");

        assertThat(o.rejected()).isFalse();
        assertThat(rules(o)).containsExactlyInAnyOrder("date_after_as_of?@lcspr_sent_to_panel_date",
                "date_after_as_of?@lcspr_published_date");
        assertThat(o.record().lcsprPublishedDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(validate("lcspr_published_date", "2025-06-30").findings()).as("the as-of date itself is fine").isEmpty();
    }

    @Test
    void findingsNeverCarryTheValue() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("local_authority", "Atlantis Borough");
        bad.put("la_aware_date", "31/02/2024");
        bad.put("notified_date", "05/13/2024");
        bad.put("incident_type", "Explosion XYZ");
        bad.put("harm_category", "Mystery harm");
        bad.put("gender", "Unicorn");
        bad.put("ethnicity", "Martian");
        bad.put("child_age_years", "ten years");
        bad.put("domestic_abuse", "perhaps so");
        bad.put("lcspr_published_date", "2026-01-01");
        String[] overrides = bad.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        String[] withMissing = java.util.Arrays.copyOf(overrides, overrides.length + 2);
        withMissing[overrides.length] = "child_ref";
        withMissing[overrides.length + 1] = null;

        RowOutcome o = validate(withMissing);

        assertThat(o.rejected()).isTrue();
        assertThat(o.findings()).extracting(Finding::column).containsAll(bad.keySet()).contains("child_ref");
        assertThat(o.findings()).allSatisfy(f -> {
            assertThat(f.valueDigest()).matches("([0-9a-f]{12})?");
            for (String value : bad.values()) {
                assertThat(f.message()).doesNotContain(value);
            }
            String value = bad.get(f.column());
            if (value == null) {
                assertThat(f.valueDigest()).isEmpty();
            } else {
                assertThat(f.valueDigest()).isEqualTo(Sha256.of(value.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
            }
        });
    }
}
