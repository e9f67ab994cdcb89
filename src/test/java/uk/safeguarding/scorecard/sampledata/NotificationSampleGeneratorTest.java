package uk.safeguarding.scorecard.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.safeguarding.scorecard.export.CsvTable;

class NotificationSampleGeneratorTest {
    private static final Path CONFIG = Path.of("job-config");
    private static final List<String> DATE_COLUMNS = List.of("Date of incident (dd/mm/yyyy)", "Date LA became aware",
            "Date notified to Panel", "Date of birth", "Rapid review submitted", "LCSPR decision date",
            "LCSPR sent to Panel", "LCSPR published");
    private static final NotificationSampleGenerator GENERATOR = new NotificationSampleGenerator(CONFIG);
    private static final DataFormatter FORMAT = new DataFormatter(Locale.UK);

    /** 3,000 rows of seed 2018, read back once for the distribution and error tests. */
    private static List<Map<String, Cell>> sample;
    private static Map<String, Set<String>> spellings;
    private static Set<String> localAuthorities;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSample(@TempDir Path shared) throws Exception {
        Path file = shared.resolve("sample.xlsx");
        GENERATOR.writeXlsx(file, 3000, 2018);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            sample = records(workbook.getSheet("Notifications"));
        }
        spellings = new HashMap<>();
        JsonNode categories = new YAMLMapper().readTree(CONFIG.resolve("notification-columns.yml").toFile())
                .get("categories");
        for (Map.Entry<String, JsonNode> column : categories.properties()) {
            Set<String> all = new HashSet<>();
            column.getValue().forEach(values -> values.forEach(v -> all.add(normal(v.asString()))));
            spellings.put(column.getKey(), all);
        }
        localAuthorities = new HashSet<>();
        for (CsvTable.Row row : CsvTable.read(CONFIG.resolve("partnerships.csv")).rows()) {
            localAuthorities.addAll(List.of(row.get("la_name"), row.get("dfe_code"), row.get("ons_code")));
        }
    }

    @Test
    void titleBlockThenHeaderOnRow4WithPersonalColumnsAmongTheOthers() throws Exception {
        Path file = dir.resolve("n.xlsx");
        GENERATOR.writeXlsx(file, 40, 1);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Notifications");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Serious incident notifications 2024-25 (fictional data)");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).containsIgnoringCase("invented");
            assertThat(sheet.getRow(2)).isNull();
            List<String> header = new ArrayList<>();
            sheet.getRow(3).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("Notification ref", "Child ref", "Local authority", "Date LA became aware",
                    "Date notified to Panel", "Nature of incident", "Category of harm", "Age", "Gender", "Ethnicity",
                    "LCSPR decision", "Domestic abuse", "Known to children's social care");
            assertThat(header).contains("Child name", "Date of birth", "Case outline");
            assertThat(header.indexOf("Child name")).isLessThan(header.indexOf("Local authority"));
            assertThat(header.indexOf("Date of birth")).isLessThan(header.indexOf("Gender"));
            assertThat(header.indexOf("Case outline")).isLessThan(header.indexOf("LCSPR decision"));
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 40);

            Cell incident = sheet.getRow(4).getCell(header.indexOf("Date of incident (dd/mm/yyyy)"));
            assertThat(incident.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(incident)).isTrue();
            assertThat(incident.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(date(incident)).isBetween(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
            assertThat(sheet.getRow(4).getCell(header.indexOf("Child name")).getStringCellValue()).matches("\\S+ \\S+");
        }
    }

    @Test
    void sameSeedGivesSameCellsAndCsvHoldsTheSameRows() throws Exception {
        GENERATOR.writeXlsx(dir.resolve("a.xlsx"), 500, 42);
        GENERATOR.writeXlsx(dir.resolve("b.xlsx"), 500, 42);
        GENERATOR.writeXlsx(dir.resolve("c.xlsx"), 500, 43);
        GENERATOR.writeCsv(dir.resolve("a.csv"), 500, 42);

        List<List<String>> a = texts(dir.resolve("a.xlsx"));
        assertThat(a).hasSize(1 + 500);
        assertThat(texts(dir.resolve("b.xlsx"))).isEqualTo(a);
        assertThat(texts(dir.resolve("c.xlsx"))).isNotEqualTo(a);

        String csv = Files.readString(dir.resolve("a.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Notification ref,Child ref,Child name,").contains("\r\n");
        List<List<String>> csvRows = new ArrayList<>();
        try (var reader = new com.opencsv.CSVReader(new java.io.StringReader(csv))) {
            for (String[] line : reader.readAll()) {
                csvRows.add(List.of(line));
            }
        }
        assertThat(csvRows).isEqualTo(a);
    }

    @Test
    void distributionsFollowThePanels2020Figures() {
        assertThat(share(r -> text(r, "Nature of incident").equals("Child death"))).isBetween(0.35, 0.50);
        assertThat(share(r -> text(r, "Nature of incident").equals("Serious harm"))).isBetween(0.48, 0.62);
        assertThat(share(r -> text(r, "Gender").equals("Male"))).isBetween(0.48, 0.58);
        assertThat(share(r -> text(r, "Gender").equals("Female"))).isBetween(0.41, 0.51);
        assertThat(share(r -> text(r, "Age").equals("0"))).isBetween(0.28, 0.42);
        assertThat(share(r -> text(r, "Age").matches("1[5-7]"))).isBetween(0.23, 0.37);
        assertThat(share(r -> text(r, "Ethnicity").equals("White British"))).isBetween(0.62, 0.76);
        assertThat(share(r -> text(r, "Domestic abuse").equals("Yes"))).isBetween(0.36, 0.48);
        assertThat(share(r -> text(r, "Known to children's social care").equals("Yes"))).isBetween(0.55, 0.70);
        assertThat(share(r -> text(r, "LCSPR decision").equals("Yes"))).isBetween(0.14, 0.26);
        assertThat(share(r -> text(r, "LCSPR decision").equals("No"))).isBetween(0.52, 0.68);
        assertThat(share(r -> text(r, "LCSPR decision").equals("Pending"))).isBetween(0.14, 0.26);
        List<Map<String, Cell>> deaths = sample.stream().filter(r -> text(r, "Nature of incident").equals("Child death"))
                .toList();
        double sudi = deaths.stream().filter(r -> text(r, "Category of harm").matches("(?i)sudden unexpected.*|SUDI"))
                .count() / (double) deaths.size();
        assertThat(sudi).isBetween(0.24, 0.38);

        List<Map<String, Cell>> dated = sample.stream().filter(r -> isDate(r, "Date LA became aware")
                && isDate(r, "Date notified to Panel")).toList();
        double onTime = dated.stream().filter(r -> !date(r, "Date notified to Panel")
                .isAfter(NotificationSampleGenerator.plusWorkingDays(date(r, "Date LA became aware"), 5))).count()
                / (double) dated.size();
        assertThat(onTime).isBetween(0.72, 0.88);

        Map<String, Set<String>> childrenByRef = new HashMap<>();
        sample.forEach(r -> childrenByRef.computeIfAbsent(text(r, "Notification ref"), k -> new HashSet<>())
                .add(text(r, "Child ref")));
        double multi = childrenByRef.values().stream().filter(s -> s.size() > 1).count() / (double) childrenByRef.size();
        assertThat(multi).isBetween(0.04, 0.11);

        assertThat(sample).allSatisfy(r -> {
            assertThat(normal(text(r, "Nature of incident"))).isIn(spellings.get("incident_type"));
            assertThat(normal(text(r, "Gender"))).isIn(spellings.get("gender"));
            assertThat(normal(text(r, "Ethnicity"))).isIn(spellings.get("ethnicity"));
            assertThat(normal(text(r, "LCSPR decision"))).isIn(spellings.get("lcspr_decision"));
            assertThat(normal(text(r, "Neglect"))).isIn(spellings.get("yes_no"));
        });
    }

    @Test
    void plantsAboutOneErrorInSixtyRowsOfEveryKind() {
        Map<String, Integer> errors = new HashMap<>();
        Map<String, List<Map<String, Cell>>> byRef = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, Cell> r : sample) {
            String ref = text(r, "Notification ref");
            if (ref.isEmpty()) {
                errors.merge("missing ref", 1, Integer::sum);
                continue;
            }
            byRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(r);
            if (!seen.add(ref + "|" + text(r, "Child ref"))) {
                errors.merge("duplicate", 1, Integer::sum);
            }
            if (!localAuthorities.contains(text(r, "Local authority"))) {
                errors.merge("unknown la", 1, Integer::sum);
            }
            if (!normal(text(r, "Category of harm")).isEmpty()
                    && !spellings.get("harm_category").contains(normal(text(r, "Category of harm")))) {
                errors.merge("unknown category", 1, Integer::sum);
            }
            if (Integer.parseInt(text(r, "Age")) > 17) {
                errors.merge("age", 1, Integer::sum);
            }
            for (String column : DATE_COLUMNS) {
                if (r.get(column) != null && !isDate(r, column)) {
                    assertThat(text(r, column)).matches("(0[1-9]|1[0-2])/(1[3-9]|2\\d|3[01])/20\\d\\d");
                    errors.merge("us date", 1, Integer::sum);
                }
            }
            if (date(r, "Date LA became aware").isBefore(date(r, "Date of incident (dd/mm/yyyy)"))) {
                errors.merge("aware before incident", 1, Integer::sum);
            }
        }
        for (List<Map<String, Cell>> rows : byRef.values()) {
            Set<List<String>> dates = new HashSet<>();
            rows.forEach(r -> dates.add(List.of(text(r, "Date of incident (dd/mm/yyyy)"), text(r, "Date LA became aware"),
                    text(r, "Date notified to Panel"))));
            if (dates.size() > 1) {
                errors.merge("inconsistent dates", 1, Integer::sum);
            }
        }

        assertThat(errors.keySet()).containsExactlyInAnyOrder("missing ref", "duplicate", "unknown la",
                "unknown category", "age", "us date", "aware before incident", "inconsistent dates");
        assertThat(errors.values()).allSatisfy(n -> assertThat(n).isBetween(5, 8));
        assertThat(errors.values().stream().mapToInt(Integer::intValue).sum()).isBetween(3000 / 60 - 5, 3000 / 60 + 5);
    }

    private static double share(Predicate<Map<String, Cell>> test) {
        return sample.stream().filter(test).count() / (double) sample.size();
    }

    /** Data rows below the header (row 4), each as header text to cell. */
    private static List<Map<String, Cell>> records(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(3).forEach(c -> header.add(c.getStringCellValue()));
        List<Map<String, Cell>> out = new ArrayList<>();
        for (int i = 4; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            Map<String, Cell> record = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (row.getCell(c) != null) {
                    record.put(header.get(c), row.getCell(c));
                }
            }
            out.add(record);
        }
        return out;
    }

    /** The header and data rows of a workbook as displayed text (dates as dd/mm/yyyy). */
    private static List<List<String>> texts(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Notifications");
            int columns = sheet.getRow(3).getLastCellNum();
            List<List<String>> out = new ArrayList<>();
            for (int i = 3; i <= sheet.getLastRowNum(); i++) {
                List<String> line = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    line.add(FORMAT.formatCellValue(sheet.getRow(i).getCell(c)));
                }
                out.add(line);
            }
            return out;
        }
    }

    private static String text(Map<String, Cell> row, String column) {
        return FORMAT.formatCellValue(row.get(column));
    }

    private static boolean isDate(Map<String, Cell> row, String column) {
        Cell cell = row.get(column);
        return cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
    }

    private static LocalDate date(Map<String, Cell> row, String column) {
        return isDate(row, column) ? date(row.get(column)) : LocalDate.MAX;
    }

    private static LocalDate date(Cell cell) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    private static String normal(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
