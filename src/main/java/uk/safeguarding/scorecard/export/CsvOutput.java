package uk.safeguarding.scorecard.export;

import com.opencsv.CSVWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an output CSV: UTF-8, RFC 4180 (CRLF, quotes only where needed), header row, every cell
 * neutralised against formula injection, written atomically.
 */
public final class CsvOutput {
    private CsvOutput() {
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) {
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVWriter csv = new CSVWriter(w, ',', '"', '"', "\r\n");
            csv.writeNext(header.toArray(String[]::new), false);
            for (List<String> row : rows) {
                csv.writeNext(row.stream().map(FormulaGuard::neutralise).toArray(String[]::new), false);
            }
            csv.flush();
        });
    }
}
