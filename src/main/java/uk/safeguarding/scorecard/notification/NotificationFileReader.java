package uk.safeguarding.scorecard.notification;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads the data rows of one notification file. The format comes from the content (XLSX, XLS or
 * CSV); the sheet read is the first whose header row (which may sit below a title block) has every
 * required column. Only canonical columns are kept: anything else is never read into a row. The
 * data rows are parsed on a thread of their own, a few batches ahead of the caller; their cells are
 * taken and validated by whichever of the two threads is free (see {@link ReadAheadIterator}).
 */
final class NotificationFileReader implements Closeable {
    private static final int HEADER_SCAN_ROWS = 30;
    private static final int MAX_CELL_CHARS = 32_767;
    private static final int ROWS_PER_BATCH = 256;
    private static final int BATCHES_AHEAD = 4;

    private final String fileName;
    private final SpreadsheetRows source;
    private final String sheet;
    private final NotificationColumns columns;
    /** For each canonical column the file has: where it is in the sheet, and its canonical position. */
    private final int[] sheetColumns;
    private final int[] positions;
    private final RowValidator validator;
    private final ReadAheadIterator<SpreadsheetRows.NumberedRow, RowOutcome> rows;

    private NotificationFileReader(String fileName, SpreadsheetRows source, String sheet,
            Iterator<SpreadsheetRows.NumberedRow> dataRows, Map<Integer, String> columnAt, NotificationColumns columns,
            RowValidator validator) {
        this.fileName = fileName;
        this.source = source;
        this.sheet = sheet;
        this.columns = columns;
        this.sheetColumns = columnAt.keySet().stream().mapToInt(Integer::intValue).toArray();
        this.positions = columnAt.values().stream().mapToInt(columns::position).toArray();
        this.validator = validator;
        this.rows = new ReadAheadIterator<>(dataRows, this::outcome, ROWS_PER_BATCH, BATCHES_AHEAD,
                "notification-reader");
    }

    /** A reader of the file's data rows, positioned below the header of the first sheet that has one. */
    static NotificationFileReader open(Path file, String fileName, NotificationColumns columns, RowValidator validator)
            throws UnreadableSpreadsheetException {
        SpreadsheetRows source = null;
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableSpreadsheetException("file_empty", "the file has zero bytes", null);
            }
            source = openSource(file);
            if (source.sheets().isEmpty()) {
                throw new UnreadableSpreadsheetException("file_unreadable", "the workbook has no sheets (damaged?)", null);
            }
            for (String sheet : source.sheets()) {
                Iterator<SpreadsheetRows.NumberedRow> rows = source.rows(sheet);
                for (int scanned = 0; scanned < HEADER_SCAN_ROWS && rows.hasNext(); scanned++) {
                    SpreadsheetRows.NumberedRow row = rows.next();
                    requireSaneCells(row);
                    Map<Integer, String> columnAt = header(row, columns);
                    if (columnAt.values().containsAll(columns.required())) {
                        return new NotificationFileReader(fileName, source, sheet, rows, columnAt, columns, validator);
                    }
                }
            }
            throw new UnreadableSpreadsheetException("no_header", "no sheet has a header row with the required columns "
                    + columns.required() + " in its first " + HEADER_SCAN_ROWS + " rows", null);
        } catch (UnreadableSpreadsheetException e) {
            closeQuietly(source);
            throw e;
        } catch (EncryptedDocumentException e) {
            closeQuietly(source);
            throw new UnreadableSpreadsheetException("file_encrypted", "the spreadsheet is password-protected", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            closeQuietly(source);
            throw new UnreadableSpreadsheetException("file_unreadable", "cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + firstLine(e.getMessage()) + ")"), e);
        }
    }

    private static SpreadsheetRows openSource(Path file) throws IOException, UnreadableSpreadsheetException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return switch (magic) {
            case OOXML -> {
                if (name.endsWith(".xls") || name.endsWith(".csv")) {
                    throw wrongExtension(name, "an XLSX workbook");
                }
                SpreadsheetPackage.requireIntact(file);
                yield new XlsxRows(file);
            }
            case OLE2 -> {
                if (name.endsWith(".xlsx") && !SpreadsheetPackage.isEncryptedOoxml(file)) {
                    throw wrongExtension(name, "a legacy XLS workbook");
                }
                yield new XlsRows(file);
            }
            case UNKNOWN -> new CsvRows(file);
            default -> throw new UnreadableSpreadsheetException("file_unsupported",
                    "not an XLSX, XLS or CSV file (looks like " + magic + ")", null);
        };
    }

    private static UnreadableSpreadsheetException wrongExtension(String name, String actually) {
        return new UnreadableSpreadsheetException("file_unsupported",
                "named " + name.substring(name.lastIndexOf('.')) + " but is " + actually + "; check the file", null);
    }

    /** Excel holds at most 32,767 characters a cell; more is a damaged or hostile file (string amplification). */
    private static void requireSaneCells(SpreadsheetRows.NumberedRow row) throws UnreadableSpreadsheetException {
        for (RawCell cell : row.cells()) {
            if (cell.text().length() > MAX_CELL_CHARS) {
                throw new UnreadableSpreadsheetException("file_unreadable", "row " + row.number()
                        + " has a cell longer than a spreadsheet cell can be (" + MAX_CELL_CHARS + " characters)", null);
            }
        }
    }

    private static Map<Integer, String> header(SpreadsheetRows.NumberedRow row, NotificationColumns columns) {
        Map<Integer, String> columnAt = new HashMap<>();
        List<RawCell> cells = row.cells();
        for (int c = 0; c < cells.size(); c++) {
            int index = c;
            columns.columnFor(cells.get(c).text()).ifPresent(name -> {
                if (!columnAt.containsValue(name)) {
                    columnAt.put(index, name);
                }
            });
        }
        return columnAt;
    }

    String fileName() {
        return fileName;
    }

    String sheet() {
        return sheet;
    }

    /**
     * The next non-blank data row, validated, or null at the end of the sheet. Its cells are taken
     * from the parsed row and checked here, on the caller's thread, unless the reading thread had
     * the time to.
     */
    RowOutcome next() {
        while (rows.hasNext()) {
            RowOutcome row = rows.next();
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /** A parsed row taken and validated; null for a blank row. Called on either thread. */
    private RowOutcome outcome(SpreadsheetRows.NumberedRow row) {
        SourceRow source = sourceRow(row);
        return source == null ? null : validator.validate(source);
    }

    /** Only the canonical columns of a row; null for a blank row. */
    private SourceRow sourceRow(SpreadsheetRows.NumberedRow row) {
        RawCell[] cells = new RawCell[columns.canonical().size()];
        boolean blank = true;
        for (int i = 0; i < sheetColumns.length; i++) {
            RawCell cell = sheetColumns[i] < row.cells().size() ? row.cells().get(sheetColumns[i]) : RawCell.BLANK;
            if (!cell.isBlank()) {
                cells[positions[i]] = cell.text().length() > MAX_CELL_CHARS
                        ? new RawCell(cell.text().substring(0, MAX_CELL_CHARS), cell.date()) : cell;
                blank = false;
            }
        }
        return blank ? null : new SourceRow(fileName, sheet, row.number(), new CanonicalCells(columns, cells));
    }

    @Override
    public void close() throws IOException {
        rows.close();
        source.close();
    }

    private static void closeQuietly(SpreadsheetRows source) {
        try {
            if (source != null) {
                source.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // already failing; the original error is reported
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
