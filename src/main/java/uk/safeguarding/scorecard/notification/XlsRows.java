package uk.safeguarding.scorecard.notification;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Legacy XLS (BIFF8) rows with POI; such files hold at most 65,536 rows a sheet. */
final class XlsRows implements SpreadsheetRows {
    private final Workbook workbook;
    private final DataFormatter formatter = new DataFormatter(Locale.UK);

    XlsRows(Path file) throws IOException {
        this.workbook = WorkbookFactory.create(file.toFile(), null, true);
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    @Override
    public List<String> sheets() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Override
    public Iterator<NumberedRow> rows(String name) {
        Sheet sheet = workbook.getSheet(name);
        return SpreadsheetRows.map(sheet.iterator(), row -> {
            List<RawCell> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(cell(row.getCell(c)));
            }
            return new NumberedRow(row.getRowNum() + 1, cells);
        });
    }

    private RawCell cell(Cell cell) {
        if (cell == null) {
            return RawCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return new RawCell(formatter.formatCellValue(cell), cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return new RawCell(formatter.formatCellValue(cell).strip(), null);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
