package uk.safeguarding.scorecard.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a table as a sheet for people: bold frozen header, filters, coloured ratings, sensible widths. */
public final class SheetWriter {
    private SheetWriter() {
    }

    /**
     * @param numericColumns indexes of columns written as numbers (when they parse)
     * @param widths column widths in characters; the last one repeats
     */
    public static XSSFSheet table(XSSFWorkbook wb, WorkbookStyles styles, String name, List<String> header,
            List<List<String>> rows, List<Integer> numericColumns, int... widths) {
        XSSFSheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, 256 * widths[Math.min(c, widths.length - 1)]);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                String v = values.get(c);
                if (numericColumns.contains(c) && v.matches("-?\\d+(\\.\\d+)?")) {
                    cell.setCellValue(Double.parseDouble(v));
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(styles.forValue(v));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, header.size() - 1));
        return sheet;
    }
}
