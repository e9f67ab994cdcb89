package uk.safeguarding.scorecard.yearlyreport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.safeguarding.scorecard.export.AtomicFile;
import uk.safeguarding.scorecard.export.ColumnChart;
import uk.safeguarding.scorecard.export.SheetWriter;
import uk.safeguarding.scorecard.export.StreamingWorkbook;
import uk.safeguarding.scorecard.export.WorkbookStyles;
import uk.safeguarding.scorecard.rubric.Requirement;
import uk.safeguarding.scorecard.rubric.Rubric;

/**
 * {@code yearly-report-scorecard.xlsx}: a Summary sheet (the national picture, with a chart of
 * reports fully / partly / not evidenced per requirement), the Scorecard, the Ratings and the
 * Evidence. The Summary and its chart are built in memory; the tables are streamed (SXSSF), which
 * writes several times faster than building them as XML objects, and keeps memory flat.
 */
final class YearlyReportWorkbook {
    private static final List<String> LEVELS = List.of("FULLY", "PARTLY", "NOT");
    private static final int STREAMING_WINDOW = 200;

    private YearlyReportWorkbook() {
    }

    static void write(Path file, YearlyReportResults results, Rubric rubric) {
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                WorkbookStyles styles = new WorkbookStyles(wb);
                summary(wb, styles, results, rubric);
                try (SXSSFWorkbook streaming = new StreamingWorkbook(wb, STREAMING_WINDOW)) {
                    Sheet scorecard = SheetWriter.table(streaming, styles, "Scorecard", results.scorecardHeader(),
                            results.scorecard(), List.of(5), 22, 10, 30, 10, 26, 7, 10, 12);
                    scorecard.createFreezePane(1, 1);
                    SheetWriter.table(streaming, styles, "Ratings", YearlyReportResults.RATINGS_HEADER, results.ratings(),
                            List.of(6, 7), 22, 10, 10, 12, 10, 10, 8, 9, 12, 10, 40);
                    Sheet evidence = SheetWriter.table(streaming, styles, "Evidence", YearlyReportResults.EVIDENCE_HEADER,
                            results.evidence(), List.of(2, 3), 22, 12, 6, 6, 110);
                    evidence.setDefaultColumnStyle(4, styles.wrapped());
                    SheetWriter.table(streaming, styles, "Rejects", YearlyReportResults.REJECTS_HEADER, results.rejects(),
                            List.of(), 30, 20, 80);
                    streaming.write(out);
                }
            }
        });
    }

    private static void summary(XSSFWorkbook wb, WorkbookStyles styles, YearlyReportResults results, Rubric rubric) {
        XSSFSheet sheet = wb.createSheet("Summary");
        sheet.setColumnWidth(0, 256 * 60);
        int scored = results.scored();
        int overallIndex = 6;
        long fullyOrPartly = results.scorecard().stream()
                .filter(r -> r.get(overallIndex).equals("FULLY") || r.get(overallIndex).equals("PARTLY")).count();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {rubric.title() + " (rubric " + rubric.id() + " v" + rubric.version() + ")", ""});
        facts.add(new String[] {"Reports scored", String.valueOf(scored)});
        facts.add(new String[] {"Reports fully or partly evidencing the requirements", fullyOrPartly + " of " + scored});
        facts.add(new String[] {"Expected reports missing (in the register, no file)", String.valueOf(results.missing())});
        facts.add(new String[] {"Files rejected", String.valueOf(results.rejects().size())});
        facts.add(new String[] {"Deadlines missed (late or overdue)", String.valueOf(results.deadlinesMissed())});
        int r = 0;
        for (String[] fact : facts) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(fact[0]);
            row.createCell(1).setCellValue(fact[1]);
        }
        sheet.getRow(0).getCell(0).setCellStyle(styles.header());
        int headerRow = r + 1;
        Row header = sheet.createRow(headerRow);
        header.createCell(0).setCellValue("Requirement");
        for (int l = 0; l < LEVELS.size(); l++) {
            Cell c = header.createCell(l + 1);
            c.setCellValue(LEVELS.get(l));
            c.setCellStyle(styles.forValue(LEVELS.get(l)));
        }
        header.getCell(0).setCellStyle(styles.header());
        List<Requirement> content = rubric.contentRequirements();
        for (int q = 0; q < content.size(); q++) {
            Row row = sheet.createRow(headerRow + 1 + q);
            int column = 7 + q;
            row.createCell(0).setCellValue(content.get(q).id() + " " + content.get(q).title());
            for (int l = 0; l < LEVELS.size(); l++) {
                String level = LEVELS.get(l);
                row.createCell(l + 1).setCellValue(results.scorecard().stream().filter(x -> x.get(column).equals(level)).count());
            }
        }
        ColumnChart.add(sheet, "Reports by rating, per requirement", headerRow, headerRow + content.size(), 0,
                List.of("63BE7B", "FFC000", "F8696B"), 5, 0);
    }
}
