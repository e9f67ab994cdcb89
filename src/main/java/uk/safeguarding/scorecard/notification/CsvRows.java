package uk.safeguarding.scorecard.notification;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * CSV rows, streamed, in UTF-8 or (when the file is not valid UTF-8) Windows-1252. Quoted
 * fields may span lines; row numbers count records, the header being row 1.
 */
final class CsvRows implements SpreadsheetRows {
    private static final int MULTILINE_LIMIT = 100;
    private final Path file;
    private final Charset charset;
    private CSVReader open;

    CsvRows(Path file) throws IOException {
        this.file = file;
        this.charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    @Override
    public List<String> sheets() {
        return List.of("");
    }

    @Override
    public Iterator<NumberedRow> rows(String sheet) throws IOException {
        close();
        open = new CSVReaderBuilder(new InputStreamReader(Files.newInputStream(file), charset))
                .withCSVParser(new RFC4180ParserBuilder().build()).withMultilineLimit(MULTILINE_LIMIT).build();
        CSVReader reader = open;
        return new Iterator<>() {
            private String[] next = read();
            private int number = 1;

            private String[] read() {
                try {
                    return reader.readNext();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (CsvException e) {
                    throw new IllegalStateException("unreadable CSV record: " + e.getMessage(), e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public NumberedRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<RawCell> cells = new ArrayList<>(next.length);
                for (String v : next) {
                    cells.add(new RawCell(v.replace("\uFEFF", "").strip(), null));
                }
                NumberedRow row = new NumberedRow(number++, cells);
                next = read();
                return row;
            }
        };
    }

    private static boolean isUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[1 << 16];
            while (in.read(buffer) >= 0) {
                // decoding the whole file is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
