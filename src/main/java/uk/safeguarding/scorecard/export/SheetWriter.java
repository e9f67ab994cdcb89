package uk.safeguarding.scorecard.export;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a table as a sheet for people: bold frozen header, filters, coloured ratings, sensible
 * widths. Works row by row, so with a streaming (SXSSF) workbook any number of rows fits.
 */
public final class SheetWriter {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SheetWriter() {
    }

    /**
     * @param numericColumns indexes of columns written as numbers (when they parse)
     * @param widths column widths in characters; the last one repeats
     */
    public static Sheet table(Workbook wb, WorkbookStyles styles, String name, List<String> header,
            Iterable<List<String>> rows, List<Integer> numericColumns, int... widths) {
        Sheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, 256 * widths[Math.min(c, widths.length - 1)]);
        }
        int r = 0;
        for (List<String> values : rows) {
            Row row = sheet.createRow(++r);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                String v = values.get(c);
                if (numericColumns.contains(c) && NUMBER.matcher(v).matches()) {
                    cell.setCellValue(Double.parseDouble(v));
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(styles.forValue(v));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, header.size() - 1));
        return sheet;
    }
}
