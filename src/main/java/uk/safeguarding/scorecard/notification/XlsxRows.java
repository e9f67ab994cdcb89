package uk.safeguarding.scorecard.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * XLSX rows streamed with fastexcel-reader (bounded memory; 1900 and 1904 date systems). Formula
 * cells give their cached results, read like any other cell.
 */
final class XlsxRows implements SpreadsheetRows {
    /** Day zero of each date system as Excel counts from 1 March 1900 (serial 61) on. */
    private static final long DAY_ZERO_1900 = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final long DAY_ZERO_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
    private static final int FIRST_PLAIN_SERIAL = 61;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");
    /** Longest whole number (digits) read as it is: beyond it a long could overflow. */
    private static final int MAX_PLAIN_DIGITS = 18;
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final boolean date1904;
    /** The last number format asked about and whether it shows a date (formats repeat down a column). */
    private volatile FormatVerdict lastFormat = new FormatVerdict(-1, null, false);
    private Stream<Row> open;

    XlsxRows(Path file) throws IOException {
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        this.sheets = workbook.getSheets().toList();
        this.date1904 = workbook.isDate1904();
    }

    @Override
    public List<String> sheets() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    @Override
    public Iterator<NumberedRow> rows(String name) throws IOException {
        if (open != null) {
            open.close();
        }
        Sheet sheet = sheets.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
        open = sheet.openStream();
        return SpreadsheetRows.map(open.iterator(), row -> new NumberedRow(row.getRowNum(), new AbstractList<>() {
            @Override
            public RawCell get(int c) {
                return cell(row.getCell(c)); // converted when asked for: cells of columns not kept never are
            }

            @Override
            public int size() {
                return row.getCellCount();
            }
        }));
    }

    /**
     * The date of a serial number. A whole day number from 1 March 1900 on (every date a
     * notification has) is counted from the system's day zero; anything else (a time of day, the
     * 1900 leap-year quirk) is left to POI.
     */
    static LocalDate date(double serial, boolean date1904) {
        if (serial >= FIRST_PLAIN_SERIAL && serial == Math.floor(serial)) {
            return LocalDate.ofEpochDay((date1904 ? DAY_ZERO_1904 : DAY_ZERO_1900) + (long) serial);
        }
        return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
    }

    private RawCell cell(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return RawCell.BLANK;
        }
        String raw = cell.getRawValue();
        boolean numeric = cell.getType() == CellType.NUMBER
                || cell.getType() == CellType.FORMULA && raw != null && NUMBER.matcher(raw).matches();
        if (numeric) {
            boolean whole = isPlainWholeNumber(raw);
            if (showsDate(cell.getDataFormatId(), cell.getDataFormatString())) {
                double serial = whole ? Long.parseLong(raw) : Double.parseDouble(raw);
                if (DateUtil.isValidExcelDate(serial)) {
                    return new RawCell(raw, date(serial, date1904));
                }
            }
            return new RawCell(whole ? raw : new BigDecimal(raw).stripTrailingZeros().toPlainString(), null);
        }
        if (cell.getType() == CellType.FORMULA) {
            return new RawCell(raw == null ? "" : raw.strip(), null); // cached result
        }
        String text = cell.getText();
        return new RawCell(text == null ? "" : text.strip(), null);
    }

    /**
     * Whether a number is written as BigDecimal would write a whole number ({@code 0}, or an
     * optional minus and up to 18 digits without a leading zero), so it is read as it is.
     */
    static boolean isPlainWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits == 0 || digits > MAX_PLAIN_DIGITS || text.charAt(start) == '0') {
            return text.equals("0");
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether a cell's number format shows a date; POI decides, the last answer is kept. */
    private boolean showsDate(Integer formatId, String format) {
        if (formatId == null) {
            return false;
        }
        FormatVerdict last = lastFormat;
        if (last.id() != formatId || !Objects.equals(last.format(), format)) {
            last = new FormatVerdict(formatId, format, DateUtil.isADateFormat(formatId, format));
            lastFormat = last; // cells are converted on the reading thread or the step's
        }
        return last.date();
    }

    /** A number format and whether it shows a date. */
    private record FormatVerdict(int id, String format, boolean date) {
    }

    @Override
    public void close() throws IOException {
        try {
            if (open != null) {
                open.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            workbook.close();
        }
    }
}
