package uk.safeguarding.scorecard.yearlyreport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.calendar.UkDates;
import uk.safeguarding.scorecard.export.CsvTable;

/**
 * The list of expected reports ({@code register/submissions.csv} or {@code .xlsx}): who should
 * have published, which file is theirs, and the dates the deadlines are judged from.
 */
public final class SubmissionsRegister {
    static final List<String> COLUMNS = List.of("partnership_code", "partnership_name", "reporting_period", "file",
            "published_on", "sent_to_panel_on", "sent_to_what_works_on", "previous_published_on");

    private final List<RegisterEntry> entries;
    private final Map<String, RegisterEntry> byFile = new HashMap<>();

    private SubmissionsRegister(List<RegisterEntry> entries) {
        this.entries = List.copyOf(entries);
        for (RegisterEntry e : entries) {
            if (!e.file().isBlank()) {
                byFile.putIfAbsent(e.file().toLowerCase(Locale.ROOT), e);
            }
        }
    }

    public static SubmissionsRegister empty() {
        return new SubmissionsRegister(List.of());
    }

    public static SubmissionsRegister load(Path file) {
        List<Map<String, String>> rows = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? readXlsx(file) : readCsv(file);
        List<RegisterEntry> entries = new ArrayList<>();
        for (Map<String, String> row : rows) {
            int line = Integer.parseInt(row.get("#line"));
            entries.add(new RegisterEntry(line, v(row, "partnership_code"), v(row, "partnership_name"),
                    v(row, "reporting_period"), v(row, "file"), date(file, line, row, "published_on"),
                    date(file, line, row, "sent_to_panel_on"), date(file, line, row, "sent_to_what_works_on"),
                    date(file, line, row, "previous_published_on")));
        }
        return new SubmissionsRegister(entries);
    }

    public List<RegisterEntry> entries() {
        return entries;
    }

    public Optional<RegisterEntry> forFile(String fileName) {
        return Optional.ofNullable(byFile.get(fileName.toLowerCase(Locale.ROOT)));
    }

    private static List<Map<String, String>> readCsv(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file, COLUMNS.toArray(String[]::new)).rows()) {
            Map<String, String> values = new HashMap<>();
            COLUMNS.forEach(c -> values.put(c, row.get(c)));
            values.put("#line", String.valueOf(row.line()));
            rows.add(values);
        }
        return rows;
    }

    private static List<Map<String, String>> readXlsx(Path file) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            Map<Integer, String> header = new HashMap<>();
            List<Map<String, String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    row.forEach(c -> header.put(c.getColumnIndex(), formatter.formatCellValue(c).strip().toLowerCase(Locale.ROOT)));
                    if (!header.values().containsAll(COLUMNS)) {
                        throw new ConfigurationException(file + " needs the columns " + COLUMNS);
                    }
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (Cell c : row) {
                    String name = header.get(c.getColumnIndex());
                    if (name != null) {
                        values.put(name, cellText(c, formatter));
                    }
                }
                values.put("#line", String.valueOf(row.getRowNum() + 1));
                if (values.size() > 1) {
                    rows.add(values);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigurationException ce) {
                throw ce;
            }
            throw new ConfigurationException("Cannot read register " + file + ": " + e.getMessage(), e);
        }
    }

    private static String cellText(Cell c, DataFormatter formatter) {
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(c).strip();
    }

    private static String v(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }

    private static LocalDate date(Path file, int line, Map<String, String> row, String column) {
        try {
            return UkDates.parse(v(row, column));
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(file + " line " + line + ", column " + column + ": '" + v(row, column)
                    + "' is not a date (use yyyy-MM-dd or dd/MM/yyyy)");
        }
    }
}
