package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.export.CsvTable;
import uk.safeguarding.scorecard.sampledata.SampleDataGenerator;

/** Runs {@code scorecard yearly-reports} on the shipped input, as a user would, and checks every output. */
class YearlyReportsJobTest {
    private static final String AS_OF = "2026-01-15";

    @TempDir
    static Path work;
    static Path output;
    static int exitCode;

    @BeforeAll
    static void runJobOnShippedInput() {
        output = work.resolve("out");
        exitCode = ScorecardCommand.execute("yearly-reports", "--input", "input/yearly-reports", "--output",
                output.toString(), "--data", work.resolve("data").toString(), "--as-of", AS_OF);
    }

    private static Map<String, CsvTable.Row> scorecard() {
        Map<String, CsvTable.Row> rows = new HashMap<>();
        CsvTable.read(output.resolve("yearly-report-scorecard.csv")).rows().forEach(r -> rows.put(r.get("document_id"), r));
        return rows;
    }

    @Test
    void completesAndWritesEveryOutput() {
        assertThat(exitCode).isZero();
        assertThat(output).isDirectoryContaining("glob:**/yearly-report-scorecard.csv")
                .isDirectoryContaining("glob:**/yearly-report-scorecard.xlsx")
                .isDirectoryContaining("glob:**/requirement-ratings.csv").isDirectoryContaining("glob:**/evidence.csv")
                .isDirectoryContaining("glob:**/rejects.csv").isDirectoryContaining("glob:**/run-summary.json")
                .isDirectoryNotContaining("glob:**/*.part");
    }

    @Test
    void scoresEveryReadableReportAndListsTheMissingAndRejectedOnes() {
        Map<String, CsvTable.Row> rows = scorecard();
        assertThat(rows).hasSize(10);
        assertThat(rows.get("ELM_2024-25").get("overall")).isEqualTo("MISSING");
        assertThat(rows.get("ELM_2024-25").get("WT18-YR-D1")).isEqualTo("OVERDUE");
        assertThat(rows.get("fenwick-downs_2024-25").get("overall")).isEqualTo("REJECTED");
        List<CsvTable.Row> rejects = CsvTable.read(output.resolve("rejects.csv")).rows();
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.get("file")).isEqualTo("fenwick-downs_2024-25.pdf");
            assertThat(r.get("reason_code")).isEqualTo("CORRUPT");
        });
        for (String[] profile : SampleDataGenerator.showcase()) {
            CsvTable.Row row = rows.get(profile[0].toLowerCase().replace(' ', '-') + "_2024-25");
            assertThat(row.get("file")).endsWith("." + profile[2]);
            assertThat(Integer.parseInt(row.get("pages"))).isBetween(3, 5);
            assertThat(row.get("rubric")).isEqualTo("wt2018-yearly-report");
        }
    }

    /**
     * Each showcase report was composed to evidence known levels. The scorer must agree on most
     * of them, never rate the guidance-only report FULLY anywhere, and rate the excellent one
     * FULLY on most requirements.
     */
    @Test
    void ratingsMatchTheKnownLevelsOfTheShowcaseReports() {
        Map<String, CsvTable.Row> rows = scorecard();
        int agree = 0;
        int total = 0;
        for (String[] profile : SampleDataGenerator.showcase()) {
            CsvTable.Row row = rows.get(profile[0].toLowerCase().replace(' ', '-') + "_2024-25");
            for (int i = 0; i < 7; i++) {
                String auto = autoRating(row.get("document_id"), "WT18-YR-0" + (i + 1));
                agree += auto.charAt(0) == profile[1].charAt(i) ? 1 : 0;
                total++;
            }
        }
        assertThat((double) agree / total).as("agreement with the known levels").isGreaterThanOrEqualTo(0.7);
        CsvTable.Row guidanceOnly = rows.get("greywater_2024-25");
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7)).allSatisfy(i -> assertThat(guidanceOnly.get("WT18-YR-0" + i)).isNotEqualTo("FULLY"));
        long northmereFully = List.of(1, 2, 3, 4, 5, 6, 7).stream()
                .filter(i -> rows.get("northmere_2024-25").get("WT18-YR-0" + i).equals("FULLY")).count();
        assertThat(northmereFully).isGreaterThanOrEqualTo(5);
    }

    private static String autoRating(String documentId, String requirement) {
        return CsvTable.read(output.resolve("requirement-ratings.csv")).rows().stream()
                .filter(r -> r.get("document_id").equals(documentId) && r.get("requirement_id").equals(requirement))
                .findFirst().orElseThrow().get("auto_rating");
    }

    @Test
    void analystOverrideWinsAndBothRatingsAreShown() {
        CsvTable.Row rating = CsvTable.read(output.resolve("requirement-ratings.csv")).rows().stream()
                .filter(r -> r.get("document_id").equals("thornbury-cross_2024-25") && r.get("requirement_id").equals("WT18-YR-03"))
                .findFirst().orElseThrow();
        assertThat(rating.get("rating")).isEqualTo("NOT");
        assertThat(rating.get("override_reason")).contains("A. Analyst");
        assertThat(scorecard().get("thornbury-cross_2024-25").get("WT18-YR-03")).isEqualTo("NOT");
    }

    @Test
    void deadlinesFollowTheRegister() {
        Map<String, CsvTable.Row> rows = scorecard();
        assertThat(rows.get("northmere_2024-25").get("WT18-YR-D1")).isEqualTo("ON_TIME");
        assertThat(rows.get("northmere_2024-25").get("WT18-YR-D2")).isEqualTo("ON_TIME");
        assertThat(rows.get("linden-moor_2024-25").get("WT18-YR-D1")).isEqualTo("LATE");
        assertThat(rows.get("kestrel-bay_2024-25").get("WT18-YR-D2")).isEqualTo("LATE");
        assertThat(rows.get("ELM_2024-25").get("WT18-YR-D3")).isEqualTo("NOT_YET_DUE");
    }

    @Test
    void everyFullRatingHasEvidenceWithPageNumbers() {
        List<CsvTable.Row> evidence = CsvTable.read(output.resolve("evidence.csv")).rows();
        CsvTable.read(output.resolve("requirement-ratings.csv")).rows().stream()
                .filter(r -> r.get("auto_rating").equals("FULLY"))
                .forEach(r -> assertThat(evidence).anySatisfy(e -> {
                    assertThat(e.get("document_id")).isEqualTo(r.get("document_id"));
                    assertThat(e.get("requirement_id")).isEqualTo(r.get("requirement_id"));
                    assertThat(Integer.parseInt(e.get("page"))).isPositive();
                    assertThat(e.get("quote")).hasSizeGreaterThan(20);
                }));
    }

    @Test
    void workbookHasTheSheetsAnalystsUse() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(output.resolve("yearly-report-scorecard.xlsx").toFile())) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(3)))
                    .containsExactly("Summary", "Scorecard", "Evidence");
            assertThat(wb.getSheet("Scorecard").getPhysicalNumberOfRows()).isEqualTo(11);
            assertThat(wb.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void secondRunRescoresNothingAndWritesIdenticalCsvs() throws IOException {
        Path again = work.resolve("again");
        int code = ScorecardCommand.execute("yearly-reports", "--input", "input/yearly-reports", "--output",
                again.toString(), "--data", work.resolve("data").toString(), "--as-of", AS_OF);
        assertThat(code).isZero();
        for (String csv : List.of("yearly-report-scorecard.csv", "requirement-ratings.csv", "evidence.csv", "rejects.csv")) {
            assertThat(Files.readAllBytes(again.resolve(csv))).as(csv).isEqualTo(Files.readAllBytes(output.resolve(csv)));
        }
        assertThat(Files.readString(again.resolve("run-summary.json"))).contains("\"assessed_now\" : 0", "\"unchanged\" : 9");
    }

    @Test
    void badOptionsExitWithTwo() {
        assertThat(ScorecardCommand.execute("yearly-reports", "--as-of", "15/01/2026")).isEqualTo(2);
        assertThat(ScorecardCommand.execute("yearly-reports", "--input", work.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(ScorecardCommand.execute("yearly-reports", "--rubric", "no-such-rubric", "--data",
                work.resolve("data").toString())).isEqualTo(2);
    }
}
