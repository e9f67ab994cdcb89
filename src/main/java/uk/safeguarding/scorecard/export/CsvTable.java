package uk.safeguarding.scorecard.export;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguarding.scorecard.ConfigurationException;

/** A small CSV file read whole (configuration, registers, labels): header names are case-insensitive. */
public final class CsvTable {
    private final Path file;
    private final List<Row> rows;

    private CsvTable(Path file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    /** One data row; {@code line} is its line number in the file (the header is line 1). */
    public record Row(int line, Map<String, String> values) {
        /** The trimmed value of a column, "" when absent. */
        public String get(String column) {
            String v = values.get(column.toLowerCase(Locale.ROOT));
            return v == null ? "" : v.strip();
        }
    }

    public static CsvTable read(Path file, String... requiredColumns) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build())
                        .withMultilineLimit(50).build()) {
            List<String[]> lines = csv.readAll();
            if (lines.isEmpty()) {
                throw new ConfigurationException(file + " is empty: expected a header row");
            }
            String[] header = lines.get(0);
            for (int i = 0; i < header.length; i++) {
                header[i] = header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            }
            for (String required : requiredColumns) {
                if (!List.of(header).contains(required)) {
                    throw new ConfigurationException(file + " has no column '" + required + "' (columns: "
                            + String.join(", ", header) + ")");
                }
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r < lines.size(); r++) {
                String[] cells = lines.get(r);
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < header.length && c < cells.length; c++) {
                    values.put(header[c], cells[c]);
                }
                rows.add(new Row(r + 1, values));
            }
            return new CsvTable(file, List.copyOf(rows));
        } catch (IOException | CsvException e) {
            throw new ConfigurationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    public Path file() {
        return file;
    }
}
