package uk.safeguarding.scorecard.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.document.DocumentFormat;
import uk.safeguarding.scorecard.document.RejectReason;
import uk.safeguarding.scorecard.evidence.Evidence;
import uk.safeguarding.scorecard.evidence.Rating;
import uk.safeguarding.scorecard.evidence.RequirementScore;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;
import uk.safeguarding.scorecard.rubric.Requirement;
import uk.safeguarding.scorecard.rubric.Rubric;
import uk.safeguarding.scorecard.rubric.RubricLoader;
import uk.safeguarding.scorecard.store.DocumentAssessment;

class ScorecardAssemblerTest {
    private static final Path CONFIG = Path.of("job-config");
    private static final Rubric RUBRIC = RubricLoader.load(CONFIG, "wt2018-yearly-report");
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);
    private static final Rating F = Rating.FULLY;
    private static final Rating P = Rating.PARTLY;
    private static final Rating N = Rating.NOT;

    @TempDir
    Path dir;

    private Path registerFile;

    @BeforeEach
    void writeRegister() throws Exception {
        registerFile = dir.resolve("submissions.csv");
        Files.writeString(registerFile, """
                partnership_code,partnership_name,reporting_period,file,published_on,sent_to_panel_on,sent_to_what_works_on,previous_published_on
                SAL,Saltmarsh Safeguarding Children Partnership,2024-25,saltmarsh_2024-25.pdf,2025-09-06,2025-09-18,2025-09-08,2024-09-16
                NOR,Northmere Safeguarding Children Partnership,2024-25,northmere_2024-25.pdf,2025-08-22,2025-08-25,2025-08-24,2024-09-01
                ASH,Ashby Vale Safeguarding Children Partnership,2024-25,ashby-vale_2024-25.docx,2025-08-25,2025-08-28,2025-08-27,2024-09-04
                ELM,Elmstead Safeguarding Children Partnership,2024-25,,,,,2024-09-30
                """);
    }

    @Test
    void rejectsDuplicateIdsAndDuplicateContent() {
        YearlyReportResults results = assemble(
                scored("northmere_2024-25.pdf", "hash-a", F, F, F, F, F, F, F),
                scored("NORTHMERE_2024-25.docx", "hash-b", F, F, F, F, F, F, F),
                scored("northmere-copy_2024-25.pdf", "hash-a", N, N, N, N, N, N, N));

        assertThat(results.rejects()).containsExactly(
                List.of("NORTHMERE_2024-25.docx", "DUPLICATE", "same document id as northmere_2024-25.pdf"),
                List.of("northmere-copy_2024-25.pdf", "DUPLICATE", "same content as northmere_2024-25.pdf"));
        assertThat(results.rejectedByReason()).isEqualTo(Map.of("DUPLICATE", 2));
        assertThat(results.scorecard()).extracting(r -> r.get(0)).containsOnlyOnce("northmere_2024-25")
                .doesNotContain("NORTHMERE_2024-25", "northmere-copy_2024-25");
        assertThat(results.ratings()).allMatch(r -> r.get(0).equals("northmere_2024-25"));
    }

    @Test
    void registerRowWithoutFileIsMissing() {
        YearlyReportResults results = assemble(scored("northmere_2024-25.pdf", "h1", F, F, F, F, F, F, F));

        List<String> elm = row(results, "ELM_2024-25");
        assertThat(cell(results, elm, "partnership_name")).isEqualTo("Elmstead Safeguarding Children Partnership");
        assertThat(cell(results, elm, "overall")).isEqualTo("MISSING");
        assertThat(cell(results, elm, "WT18-YR-01")).isEqualTo("MISSING");
        assertThat(cell(results, elm, "WT18-YR-D1")).isEqualTo("OVERDUE");
        assertThat(cell(results, elm, "needs_review")).isEqualTo("yes");
        assertThat(results.missing()).isEqualTo(3);
        assertThat(results.scored()).isEqualTo(1);
    }

    @Test
    void rejectedRegisterFileIsRejectedRow() {
        YearlyReportResults results = assemble(
                new ScoredInput(input("saltmarsh_2024-25.pdf"),
                        DocumentAssessment.rejected("h1", RejectReason.ENCRYPTED, "the PDF needs a password to open")));

        assertThat(results.rejects()).containsExactly(
                List.of("saltmarsh_2024-25.pdf", "ENCRYPTED", "the PDF needs a password to open"));
        List<String> sal = row(results, "saltmarsh_2024-25");
        assertThat(cell(results, sal, "overall")).isEqualTo("REJECTED");
        assertThat(cell(results, sal, "WT18-YR-07")).isEqualTo("REJECTED");
        assertThat(cell(results, sal, "file")).isEqualTo("saltmarsh_2024-25.pdf");
        assertThat(results.ratings()).noneMatch(r -> r.get(0).equals("saltmarsh_2024-25"));
        assertThat(results.scored()).isZero();
    }

    @Test
    void overrideWinsAndBothRatingsAreShown() throws Exception {
        Files.writeString(dir.resolve("overrides.csv"), """
                document_id,requirement_id,rating,reviewer,reason
                northmere_2024-25,WT18-YR-03,NOT,A. Analyst,Only restates guidance
                """);

        YearlyReportResults results = assemble(scored("northmere_2024-25.pdf", "h1", F, F, F, F, F, F, F));

        List<String> nor = row(results, "northmere_2024-25");
        assertThat(cell(results, nor, "WT18-YR-03")).isEqualTo("NOT");
        assertThat(cell(results, nor, "overall")).isEqualTo("PARTLY");
        List<String> ratingRow = results.ratings().stream()
                .filter(r -> r.get(0).equals("northmere_2024-25") && r.get(3).equals("WT18-YR-03")).findFirst().orElseThrow();
        assertThat(ratingRow.subList(4, 6)).containsExactly("NOT", "FULLY");
        assertThat(ratingRow.get(10)).isEqualTo("Only restates guidance (A. Analyst)");
        assertThat(ratingRow.get(9)).isEqualTo("no");
    }

    @Test
    void overallIsFullyOrNotOnlyWhenUnanimous() {
        YearlyReportResults results = assemble(
                scored("northmere_2024-25.pdf", "h1", F, F, F, F, F, F, F),
                scored("saltmarsh_2024-25.pdf", "h2", N, N, N, N, N, N, N),
                scored("ashby-vale_2024-25.docx", "h3", F, F, F, F, F, F, P));

        assertThat(cell(results, row(results, "northmere_2024-25"), "overall")).isEqualTo("FULLY");
        assertThat(cell(results, row(results, "saltmarsh_2024-25"), "overall")).isEqualTo("NOT");
        assertThat(cell(results, row(results, "ashby-vale_2024-25"), "overall")).isEqualTo("PARTLY");
    }

    @Test
    void registerGivesIdentityAndDeadlines() {
        YearlyReportResults results = assemble(scored("Saltmarsh_2024-25.PDF", "h1", F, F, F, F, F, F, F));

        List<String> sal = row(results, "Saltmarsh_2024-25");
        assertThat(sal.subList(1, 6)).containsExactly("SAL", "Saltmarsh Safeguarding Children Partnership", "2024-25",
                "Saltmarsh_2024-25.PDF", "12");
        assertThat(cell(results, sal, "WT18-YR-D1")).isEqualTo("ON_TIME");
        assertThat(cell(results, sal, "WT18-YR-D2")).isEqualTo("LATE");
        assertThat(cell(results, sal, "WT18-YR-D3")).isEqualTo("ON_TIME");
        assertThat(sal.subList(sal.size() - 2, sal.size())).containsExactly(RUBRIC.id(), RUBRIC.version());
    }

    @Test
    void identityFromFileNameWhenNotInRegister() {
        YearlyReportResults results = assemble(scored("leeds_2020-21.pdf", "h1", F, F, F, F, F, F, F));

        List<String> leeds = row(results, "leeds_2020-21");
        assertThat(leeds.subList(1, 4)).containsExactly("383", "Leeds Safeguarding Children Partnership", "2020-21");
        assertThat(cell(results, leeds, "needs_review")).isEqualTo("no");
        assertThat(cell(results, leeds, "WT18-YR-D1")).isEqualTo("UNKNOWN");
    }

    @Test
    void unknownPartnershipInFileNameNeedsReview() {
        YearlyReportResults results = assemble(scored("fenwick-downs_2024-25.pdf", "h1", F, F, F, F, F, F, F));

        List<String> row = row(results, "fenwick-downs_2024-25");
        assertThat(row.subList(1, 4)).containsExactly("fenwick-downs", "", "2024-25");
        assertThat(cell(results, row, "needs_review")).isEqualTo("yes");
    }

    @Test
    void rowsAreSortedByPartnershipCode() {
        YearlyReportResults results = assemble(
                scored("saltmarsh_2024-25.pdf", "h1", F, F, F, F, F, F, F),
                scored("northmere_2024-25.pdf", "h2", F, F, F, F, F, F, F),
                scored("ashby-vale_2024-25.docx", "h3", F, F, F, F, F, F, F));

        assertThat(results.scorecard()).extracting(r -> r.get(1)).containsExactly("ASH", "ELM", "NOR", "SAL");
        assertThat(results.scorecardHeader()).startsWith("document_id", "partnership_code", "partnership_name",
                "reporting_period", "file", "pages", "overall", "WT18-YR-01").endsWith("WT18-YR-D3", "needs_review",
                "rubric", "rubric_version");
    }

    private YearlyReportResults assemble(ScoredInput... inputs) {
        return new ScorecardAssembler(RUBRIC, SubmissionsRegister.load(registerFile), RatingOverrides.load(dir, RUBRIC),
                PartnershipDirectory.load(CONFIG), AS_OF).assemble(Arrays.asList(inputs));
    }

    private static ScoredInput scored(String fileName, String hash, Rating... ratings) {
        List<Requirement> content = RUBRIC.contentRequirements();
        List<RequirementScore> scores = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            Rating r = ratings[i];
            List<Evidence> evidence = r == Rating.NOT ? List.of() : List.of(new Evidence(1, 3, "quote for " + content.get(i).id()));
            scores.add(new RequirementScore(content.get(i).id(), r, r == Rating.FULLY ? 0.9 : r == Rating.PARTLY ? 0.5 : 0.1,
                    false, evidence));
        }
        return new ScoredInput(input(fileName),
                new DocumentAssessment(hash, DocumentFormat.PDF, 12, null, null, null, null, scores));
    }

    private static InputDocument input(String fileName) {
        return InputDocument.of(Path.of("input", fileName));
    }

    private static List<String> row(YearlyReportResults results, String documentId) {
        return results.scorecard().stream().filter(r -> r.get(0).equals(documentId)).findFirst()
                .orElseThrow(() -> new AssertionError("no scorecard row for " + documentId + " in " + results.scorecard()));
    }

    private static String cell(YearlyReportResults results, List<String> row, String column) {
        return row.get(results.scorecardHeader().indexOf(column));
    }
}
