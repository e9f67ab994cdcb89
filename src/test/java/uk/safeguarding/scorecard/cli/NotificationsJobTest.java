package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.export.CsvTable;

/** Runs {@code scorecard notifications} on the shipped sample spreadsheet and checks every output. */
class NotificationsJobTest {
    private static final Path SAMPLE = Path.of("input", "notifications", "notifications-2024-25.xlsx");
    private static final String AS_OF = "2025-06-30";

    @TempDir
    static Path work;
    static Path output;
    static int exitCode;
    static String console;

    @BeforeAll
    static void runJobOnShippedInput() {
        output = work.resolve("out");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exitCode = ScorecardCommand.execute("notifications", "--input", "input/notifications", "--output",
                    output.toString(), "--data", work.resolve("data").toString(), "--as-of", AS_OF);
        } finally {
            System.setOut(original);
        }
        console = captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void completesAndWritesEveryOutput() {
        assertThat(exitCode).isZero();
        for (String name : List.of("notification-deadlines.csv", "notification-timeliness.csv", "national-summary.csv",
                "data-quality.csv", "notification-rejects.csv", "notifications-scorecard.xlsx", "run-summary.json")) {
            assertThat(output.resolve(name)).as(name).isRegularFile();
        }
    }

    @Test
    void everyRowIsLoadedOrRejectedAndCountsAgree() {
        Map<String, Integer> counts = CsvTable.read(output.resolve("data-quality.csv")).rows().stream()
                .filter(r -> r.get("rule").startsWith("rows_"))
                .collect(Collectors.toMap(r -> r.get("rule"), r -> Integer.parseInt(r.get("rows"))));
        assertThat(counts.get("rows_read")).isEqualTo(sampleRows());
        assertThat(counts.get("rows_loaded") + counts.get("rows_rejected")).isEqualTo(counts.get("rows_read"));
        List<CsvTable.Row> rejects = CsvTable.read(output.resolve("notification-rejects.csv")).rows();
        assertThat(rejects.stream().map(r -> r.get("row")).distinct().count()).isEqualTo(counts.get("rows_rejected").longValue());
        assertThat(rejects).extracting(r -> r.get("rule"))
                .contains("required_field", "date_invalid", "date_order", "local_authority_unknown", "duplicate_row");
        assertThat(rejects).as("the sample plants exactly one repeated notification and child")
                .filteredOn(r -> r.get("rule").equals("duplicate_row")).hasSize(1);
        assertThat(rejects).allSatisfy(r -> {
            assertThat(r.get("file")).isEqualTo("notifications-2024-25.xlsx");
            assertThat(Integer.parseInt(r.get("row"))).isGreaterThan(4);
        });
    }

    @Test
    void deadlinesUseWorkingDaysAndStatusesFollowTheAsOfDate() {
        List<CsvTable.Row> deadlines = CsvTable.read(output.resolve("notification-deadlines.csv")).rows();
        assertThat(deadlines).isNotEmpty().allSatisfy(d -> {
            assertThat(d.get("notification_status")).isIn("ON_TIME", "LATE", "OVERDUE", "NOT_YET_DUE", "UNKNOWN");
            if (d.get("lcspr_status").equals("NOT_APPLICABLE") || d.get("lcspr_status").equals("UNKNOWN")) {
                assertThat(d.get("lcspr_due")).isEmpty();
            }
            if (d.get("rapid_review_submitted_date").isEmpty() && !d.get("rapid_review_due").isEmpty()) {
                assertThat(d.get("rapid_review_status"))
                        .isEqualTo(d.get("rapid_review_due").compareTo(AS_OF) < 0 ? "OVERDUE" : "NOT_YET_DUE");
            }
        });
        assertThat(deadlines).extracting(d -> d.get("rapid_review_status")).contains("ON_TIME", "LATE", "OVERDUE");
        assertThat(deadlines).extracting(d -> d.get("notification_id")).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void timelinessAndNationalSummaryCoverEveryNotification() {
        int notifications = CsvTable.read(output.resolve("notification-deadlines.csv")).rows().size();
        int inTimeliness = CsvTable.read(output.resolve("notification-timeliness.csv")).rows().stream()
                .mapToInt(r -> Integer.parseInt(r.get("notifications"))).sum();
        assertThat(inTimeliness).isEqualTo(notifications);
        List<CsvTable.Row> national = CsvTable.read(output.resolve("national-summary.csv")).rows();
        int inSummary = national.stream().filter(r -> r.get("table").equals("notifications")
                && r.get("category").equals("notifications")).mapToInt(r -> Integer.parseInt(r.get("count"))).sum();
        assertThat(inSummary).isEqualTo(notifications);
        assertThat(national).extracting(r -> r.get("table")).contains("fatal_by_category", "non_fatal_by_category",
                "children_by_age_band", "children_by_gender", "children_by_ethnicity", "case_characteristics");
    }

    @Test
    void workbookHasTheSecretariatSheets() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(output.resolve("notifications-scorecard.xlsx").toFile())) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("Timeliness", "Overdue now", "National summary", "Data quality");
            assertThat(wb.getSheet("National summary").getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(wb.getSheet("Timeliness").getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(3);
        }
    }

    /**
     * Names and case outlines in the input never reach an output file or the console; nor do dates
     * of birth, checked in every output that holds no deadline dates (a computed due date can fall
     * on someone's birthday).
     */
    @Test
    void noPersonalDataLeavesThePipeline() throws Exception {
        Personal personal = personalValues();
        assertThat(personal.text()).hasSizeGreaterThan(100);
        assertThat(personal.birthDates()).hasSizeGreaterThan(100);
        List<String> all = new ArrayList<>();
        List<String> withoutDeadlineDates = new ArrayList<>();
        try (Stream<Path> files = Files.list(output)) {
            for (Path f : files.toList()) {
                String text = f.toString().endsWith(".xlsx") ? xlsxText(f) : Files.readString(f);
                all.add(text);
                if (!f.getFileName().toString().matches("notification-deadlines.csv|notifications-scorecard.xlsx")) {
                    withoutDeadlineDates.add(text);
                }
            }
        }
        all.add(console);
        withoutDeadlineDates.add(console);
        for (String value : personal.text()) {
            assertThat(all).as("no output carries '%s'", value).noneMatch(t -> t.contains(value));
        }
        for (String value : personal.birthDates()) {
            assertThat(withoutDeadlineDates).as("no output carries '%s'", value).noneMatch(t -> t.contains(value));
        }
    }

    @Test
    void ingestingTheSameFileAgainChangesNothing() throws IOException {
        Path again = work.resolve("again");
        assertThat(ScorecardCommand.execute("notifications", "--input", "input/notifications", "--output", again.toString(),
                "--data", work.resolve("data").toString(), "--as-of", AS_OF)).isZero();
        for (String csv : List.of("notification-deadlines.csv", "notification-timeliness.csv", "national-summary.csv",
                "data-quality.csv", "notification-rejects.csv")) {
            assertThat(Files.readAllBytes(again.resolve(csv))).as(csv).isEqualTo(Files.readAllBytes(output.resolve(csv)));
        }
        String first = Files.readString(output.resolve("run-summary.json"));
        String second = Files.readString(again.resolve("run-summary.json"));
        assertThat(first).contains("\"rows_unchanged\" : 0", "\"rows_changed\" : 0");
        assertThat(second).contains("\"rows_new\" : 0", "\"rows_changed\" : 0");
        assertThat(second).doesNotContain("\"rows_unchanged\" : 0");
    }

    private static int sampleRows() {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(SAMPLE))) {
            Sheet sheet = wb.getSheetAt(0);
            int rows = 0;
            for (Row row : sheet) {
                if (row.getRowNum() >= 4 && row.getPhysicalNumberOfCells() > 0) {
                    rows++;
                }
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Personal(List<String> text, List<String> birthDates) {
    }

    /**
     * Every child name and case outline in the sample, and every date of birth (as ISO and UK
     * text) that is not also one of the sample's incident, notification or review dates.
     */
    private static Personal personalValues() throws Exception {
        List<String> text = new ArrayList<>();
        List<String> birthDates = new ArrayList<>();
        List<String> otherDates = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(SAMPLE))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Cell h : sheet.getRow(3)) {
                String name = h.getStringCellValue();
                for (Row row : sheet) {
                    Cell c = row.getRowNum() > 3 ? row.getCell(h.getColumnIndex()) : null;
                    if (c == null || formatter.formatCellValue(c).isBlank()) {
                        continue;
                    }
                    if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                        var date = c.getLocalDateTimeCellValue().toLocalDate();
                        List<String> into = name.equals("Date of birth") ? birthDates : otherDates;
                        into.add(date.toString());
                        into.add(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                    } else if (name.equals("Child name") || name.equals("Case outline")) {
                        text.add(formatter.formatCellValue(c));
                    }
                }
            }
        }
        birthDates.removeAll(otherDates);
        return new Personal(text, birthDates);
    }

    private static String xlsxText(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                sb.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
