package uk.safeguarding.scorecard.export;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows kept in a temporary file instead of memory, for lists that may hold a row per input row
 * (e.g. items overdue now); readable any number of times, deleted on close.
 */
public final class SpilledRows implements Iterable<List<String>>, AutoCloseable {
    private final Path file;
    private final CSVWriter writer;
    private int size;

    public SpilledRows() {
        try {
            file = Files.createTempFile("scorecard-rows", ".csv");
            Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer = new CSVWriter(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(List<String> row) {
        writer.writeNext(row.toArray(String[]::new), false);
        size++;
    }

    public int size() {
        return size;
    }

    @Override
    public Iterator<List<String>> iterator() {
        try {
            writer.flush();
            CSVReader reader = new CSVReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
            return new Iterator<>() {
                private String[] next = read();

                private String[] read() {
                    try {
                        String[] line = reader.readNext();
                        if (line == null) {
                            reader.close();
                        }
                        return line;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (CsvValidationException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public List<String> next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    List<String> row = List.of(next);
                    next = read();
                    return row;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
