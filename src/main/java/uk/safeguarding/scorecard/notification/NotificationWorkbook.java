package uk.safeguarding.scorecard.notification;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.safeguarding.scorecard.export.AtomicFile;
import uk.safeguarding.scorecard.export.ColumnChart;
import uk.safeguarding.scorecard.export.SheetWriter;
import uk.safeguarding.scorecard.export.StreamingWorkbook;
import uk.safeguarding.scorecard.export.WorkbookStyles;

/**
 * {@code notifications-scorecard.xlsx}: Timeliness (percent on time in green, amber or red),
 * Overdue now, National summary and Data quality. The sheets are small (per partnership and
 * year, per table), except Overdue now, which is a list of open items.
 */
final class NotificationWorkbook {
    private static final int CHART_TABLE_COLUMN = 8;
    private static final int STREAMING_WINDOW = 200;

    private NotificationWorkbook() {
    }

    /** Charts of fatal and non-fatal incidents by category for the latest year, beside the table. */
    private static void categoryCharts(XSSFSheet sheet, WorkbookStyles styles, List<List<String>> national) {
        String latest = national.stream().map(r -> r.get(0)).filter(y -> !y.isEmpty()).max(String::compareTo).orElse(null);
        if (latest == null) {
            return;
        }
        int row = 0;
        for (String table : List.of("fatal_by_category", "non_fatal_by_category")) {
            List<List<String>> cells = national.stream().filter(r -> r.get(0).equals(latest) && r.get(1).equals(table)).toList();
            if (cells.isEmpty()) {
                continue;
            }
            int header = row;
            cell(sheet, header, CHART_TABLE_COLUMN, table.replace('_', ' ') + " " + latest).setCellStyle(styles.header());
            cell(sheet, header, CHART_TABLE_COLUMN + 1, "notifications").setCellStyle(styles.header());
            for (List<String> r : cells) {
                row++;
                cell(sheet, row, CHART_TABLE_COLUMN, r.get(2));
                cell(sheet, row, CHART_TABLE_COLUMN + 1, "").setCellValue(Double.parseDouble(r.get(3)));
            }
            ColumnChart.add(sheet, table.replace('_', ' ') + ", " + latest, header, row, CHART_TABLE_COLUMN,
                    List.of("4472C4"), CHART_TABLE_COLUMN + 3, header);
            row = Math.max(row + 2, header + 24);
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(XSSFSheet sheet, int row, int column, String value) {
        org.apache.poi.ss.usermodel.Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        org.apache.poi.ss.usermodel.Cell c = r.createCell(column);
        c.setCellValue(value);
        return c;
    }

    /**
     * The small sheets and their charts are built in memory; Overdue now, which can hold a row per
     * notification, is streamed (SXSSF) from rows spilled to disk.
     */
    static void write(Path file, List<List<String>> timeliness, Iterable<List<String>> overdue, List<List<String>> national,
            List<List<String>> quality) {
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                WorkbookStyles styles = new WorkbookStyles(wb);
                Sheet t = SheetWriter.table(wb, styles, "Timeliness", TimelinessTable.HEADER, timeliness,
                        List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19), 14, 34, 9, 12);
                styles.colourPercentages(t, List.of(7, 12, 18), timeliness.size());
                XSSFSheet n = (XSSFSheet) SheetWriter.table(wb, styles, "National summary", NationalSummary.HEADER,
                        national, List.of(3, 4, 5, 6), 9, 32, 36, 10);
                categoryCharts(n, styles, national);
                SheetWriter.table(wb, styles, "Data quality", NotificationExportTasklet.QUALITY_HEADER, quality,
                        List.of(4), 40, 16, 26, 9, 9);
                try (SXSSFWorkbook streaming = new StreamingWorkbook(wb, STREAMING_WINDOW)) {
                    streaming.setCompressTempFiles(true);
                    SheetWriter.table(streaming, styles, "Overdue now", NotificationExportTasklet.OVERDUE_HEADER, overdue,
                            List.of(4), 18, 16, 14, 12, 12);
                    streaming.setSheetOrder("Overdue now", 1);
                    streaming.setActiveSheet(0);
                    streaming.write(out);
                }
            }
        });
    }
}
