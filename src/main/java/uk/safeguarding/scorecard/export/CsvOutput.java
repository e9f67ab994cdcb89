package uk.safeguarding.scorecard.export;

import com.opencsv.CSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an output CSV: UTF-8, RFC 4180 (CRLF, quotes only where needed), header row, every cell
 * neutralised against formula injection, and atomic: rows go to a temporary sibling that replaces
 * the target only on {@link Stream#commit()}.
 */
public final class CsvOutput {
    private CsvOutput() {
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) {
        try (Stream out = open(file, header)) {
            rows.forEach(out::row);
            out.commit();
        }
    }

    /** Opens a streamed CSV; rows are written as they come, so any number fits in memory. */
    public static Stream open(Path file, List<String> header) {
        return new Stream(file, header);
    }

    /** A CSV being written; closing it without {@link #commit()} leaves no file behind. */
    public static final class Stream implements AutoCloseable {
        private final Path target;
        private final Path part;
        private final CSVWriter csv;
        private boolean committed;

        private Stream(Path target, List<String> header) {
            this.target = target;
            this.part = target.resolveSibling(target.getFileName() + ".part");
            try {
                Files.createDirectories(target.toAbsolutePath().getParent());
                csv = new CSVWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8),
                        1 << 16), ',', '"', '"', "\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target, e);
            }
            csv.writeNext(header.toArray(String[]::new), false);
        }

        public void row(List<String> values) {
            csv.writeNext(values.stream().map(FormulaGuard::neutralise).toArray(String[]::new), false);
        }

        public void commit() {
            try {
                csv.close();
                AtomicFile.replace(part, target);
                committed = true;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target, e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    csv.close();
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // the target was never replaced; a stale .part file is never taken for an output
                }
            }
        }
    }
}
