package uk.safeguarding.scorecard.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.rubric.Requirement;
import uk.safeguarding.scorecard.rubric.Rubric;
import uk.safeguarding.scorecard.rubric.RubricLoader;

class YearlyReportWorkbookTest {
    private static final Rubric RUBRIC = RubricLoader.load(Path.of("job-config"), "wt2018-yearly-report");
    private static final String FORMULA_QUOTE = "=HYPERLINK(\"http://example.org\",\"click\")";

    @TempDir
    Path dir;

    private XSSFWorkbook wb;

    @BeforeEach
    void writeWorkbook() throws Exception {
        List<String> header = new ArrayList<>(List.of("document_id", "partnership_code", "partnership_name",
                "reporting_period", "file", "pages", "overall"));
        RUBRIC.requirements().forEach(r -> header.add(r.id()));
        header.addAll(List.of("needs_review", "rubric", "rubric_version"));
        List<String> row = new ArrayList<>(List.of("northmere_2024-25", "NOR", "Northmere Safeguarding Children Partnership",
                "2024-25", "northmere_2024-25.pdf", "12", "PARTLY", "FULLY", "NOT"));
        IntStream.range(2, RUBRIC.contentRequirements().size()).forEach(i -> row.add("PARTLY"));
        row.addAll(List.of("ON_TIME", "LATE", "ON_TIME", "no", RUBRIC.id(), RUBRIC.version()));
        YearlyReportResults results = new YearlyReportResults(header, List.of(row),
                List.of(List.of("northmere_2024-25", "NOR", "2024-25", "WT18-YR-01", "FULLY", "FULLY", "0.90", "1", "3",
                        "no", "")),
                List.of(List.of("northmere_2024-25", "WT18-YR-01", "1", "3", FORMULA_QUOTE)),
                List.of(List.of("broken.pdf", "CORRUPT", "damaged PDF")), Map.of("CORRUPT", 1), 0, 1);
        Path file = dir.resolve("yearly-report-scorecard.xlsx");

        YearlyReportWorkbook.write(file, results, RUBRIC);

        assertThat(file.resolveSibling("yearly-report-scorecard.xlsx.part")).doesNotExist();
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    @AfterEach
    void close() throws Exception {
        wb.close();
    }

    @Test
    void hasTheFiveSheetsInOrder() {
        assertThat(IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName))
                .containsExactly("Summary", "Scorecard", "Ratings", "Evidence", "Rejects");
        assertThat(wb.getSheet("Rejects").getRow(1).getCell(1).getStringCellValue()).isEqualTo("CORRUPT");
    }

    @Test
    void scorecardHasFrozenHeaderAndFilter() {
        XSSFSheet sheet = wb.getSheet("Scorecard");
        PaneInformation pane = sheet.getPaneInformation();

        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
        assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void ratingsAreColouredGreenForFullyAndRedForNot() {
        XSSFSheet sheet = wb.getSheet("Scorecard");
        XSSFCell fully = sheet.getRow(1).getCell(7);
        XSSFCell not = sheet.getRow(1).getCell(8);
        assertThat(fully.getStringCellValue()).isEqualTo("FULLY");
        assertThat(not.getStringCellValue()).isEqualTo("NOT");

        byte[] green = solidFill(fully.getCellStyle());
        byte[] red = solidFill(not.getCellStyle());

        assertThat(channel(green, 1)).isGreaterThan(channel(green, 0)).isGreaterThan(channel(green, 2));
        assertThat(channel(red, 0)).isGreaterThan(channel(red, 1)).isGreaterThan(channel(red, 2));
    }

    @Test
    void formulaLikeQuoteIsQuotePrefixedText() {
        XSSFCell quote = wb.getSheet("Evidence").getRow(1).getCell(4);

        assertThat(quote.getCellType()).isEqualTo(CellType.STRING);
        assertThat(quote.getStringCellValue()).isEqualTo(FORMULA_QUOTE);
        assertThat(quote.getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void summaryHasCountsAndChart() {
        XSSFSheet summary = wb.getSheet("Summary");

        assertThat(summary.getDrawingPatriarch()).isNotNull();
        assertThat(summary.getDrawingPatriarch().getCharts()).isNotEmpty();
        Requirement first = RUBRIC.contentRequirements().get(0);
        Row firstRequirement = null;
        for (Row r : summary) {
            if (r.getCell(0).getStringCellValue().equals(first.id() + " " + first.title())) {
                firstRequirement = r;
            }
        }
        assertThat(firstRequirement).isNotNull();
        assertThat(firstRequirement.getCell(1).getNumericCellValue()).isEqualTo(1.0);
        assertThat(firstRequirement.getCell(3).getNumericCellValue()).isZero();
    }

    private static byte[] solidFill(XSSFCellStyle style) {
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        return style.getFillForegroundXSSFColor().getRGB();
    }

    private static int channel(byte[] rgb, int index) {
        return rgb[index] & 0xFF;
    }
}
