package uk.safeguarding.scorecard.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
    private static final int MAX_REMEMBERED_DATES = 100_000;
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final boolean date1904;
    private final Map<String, LocalDate> dates = new HashMap<>();
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
        return SpreadsheetRows.map(open.iterator(), row -> {
            List<RawCell> cells = new ArrayList<>(row.getCellCount());
            for (int c = 0; c < row.getCellCount(); c++) {
                cells.add(cell(row.getCell(c)));
            }
            return new NumberedRow(row.getRowNum(), cells);
        });
    }

    /** POI's date of a serial number, remembered: a sheet holds far fewer dates than date cells. */
    private LocalDate date(String raw, double serial) {
        LocalDate date = dates.get(raw);
        if (date == null) {
            date = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
            if (dates.size() < MAX_REMEMBERED_DATES) {
                dates.put(raw, date);
            }
        }
        return date;
    }

    private RawCell cell(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return RawCell.BLANK;
        }
        boolean numeric = cell.getType() == CellType.NUMBER
                || cell.getType() == CellType.FORMULA && cell.getRawValue() != null && cell.getRawValue().matches("-?\\d+(\\.\\d+)?(E-?\\d+)?");
        if (numeric) {
            BigDecimal number = new BigDecimal(cell.getRawValue());
            Integer format = cell.getDataFormatId();
            if (format != null && DateUtil.isADateFormat(format, cell.getDataFormatString())
                    && DateUtil.isValidExcelDate(number.doubleValue())) {
                return new RawCell(cell.getRawValue(), date(cell.getRawValue(), number.doubleValue()));
            }
            return new RawCell(number.stripTrailingZeros().toPlainString(), null);
        }
        if (cell.getType() == CellType.FORMULA) {
            return new RawCell(cell.getRawValue() == null ? "" : cell.getRawValue().strip(), null); // cached result
        }
        String text = cell.getText();
        return new RawCell(text == null ? "" : text.strip(), null);
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
