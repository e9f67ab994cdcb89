package uk.safeguarding.scorecard.export;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A native Excel clustered column chart over a small table already on the sheet. */
public final class ColumnChart {
    private ColumnChart() {
    }

    /**
     * @param headerRow row of the series names; categories are in column {@code firstCol} below it
     * @param seriesColours one RGB hex colour per series column, right of the category column
     */
    public static void add(XSSFSheet sheet, String title, int headerRow, int lastRow, int firstCol,
            List<String> seriesColours, int anchorCol, int anchorRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, anchorCol, anchorRow, anchorCol + 10,
                anchorRow + 22));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow + 1, lastRow, firstCol, firstCol));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        for (int s = 0; s < seriesColours.size(); s++) {
            int col = firstCol + 1 + s;
            XDDFNumericalDataSource<Double> nums = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(headerRow + 1, lastRow, col, col));
            XDDFChartData.Series series = data.addSeries(cats, nums);
            series.setTitle(sheet.getRow(headerRow).getCell(col).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), headerRow, col, true, true));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(WorkbookStyles.hex(seriesColours.get(s)))));
        }
        chart.plot(data);
    }
}
