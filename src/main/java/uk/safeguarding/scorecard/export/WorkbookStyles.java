package uk.safeguarding.scorecard.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of our workbooks: bold header, and green / amber / red / grey by value. */
public final class WorkbookStyles {
    private static final Map<String, String> FILL_BY_VALUE = Map.ofEntries(
            Map.entry("FULLY", "C6EFCE"), Map.entry("ON_TIME", "C6EFCE"),
            Map.entry("PARTLY", "FFEB9C"), Map.entry("NOT_YET_DUE", "FFEB9C"),
            Map.entry("NOT", "FFC7CE"), Map.entry("LATE", "FFC7CE"), Map.entry("OVERDUE", "FFC7CE"),
            Map.entry("MISSING", "D9D9D9"), Map.entry("REJECTED", "D9D9D9"));

    private final XSSFWorkbook workbook;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final CellStyle header;
    private final CellStyle plain;
    private final CellStyle wrapped;
    private final CellStyle quoted;

    public WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        plain = workbook.createCellStyle();
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        quoted = workbook.createCellStyle();
        quoted.setWrapText(true);
        quoted.setQuotePrefixed(true);
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle wrapped() {
        return wrapped;
    }

    /** The style for a text cell: coloured by rating or status; quote-prefixed if it looks like a formula. */
    public CellStyle forValue(String value) {
        if (FormulaGuard.isDangerous(value)) {
            return quoted;
        }
        String fill = FILL_BY_VALUE.get(value);
        if (fill == null) {
            return plain;
        }
        return cache.computeIfAbsent(fill, f -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.setFillForegroundColor(new XSSFColor(hex(f)));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    /**
     * Colours percentage columns by value: 90 or more green, 70 to 90 amber, below 70 red (as
     * conditional formats, so they follow edits and sorting).
     */
    public void colourPercentages(Sheet sheet, List<Integer> columns, int rows) {
        if (rows == 0) {
            return;
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule green = rule(cf, ComparisonOperator.GE, "90", FILL_BY_VALUE.get("FULLY"));
        ConditionalFormattingRule amber = rule(cf, ComparisonOperator.BETWEEN, "70", FILL_BY_VALUE.get("PARTLY"));
        ConditionalFormattingRule red = rule(cf, ComparisonOperator.LT, "70", FILL_BY_VALUE.get("NOT"));
        for (int c : columns) {
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, rows, c, c)},
                    new ConditionalFormattingRule[] {green, amber, red});
        }
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, byte operator, String value, String rgb) {
        ConditionalFormattingRule rule = operator == ComparisonOperator.BETWEEN
                ? cf.createConditionalFormattingRule(operator, value, "89.999")
                : cf.createConditionalFormattingRule(operator, value);
        PatternFormatting fill = rule.createPatternFormatting();
        ((XSSFPatternFormatting) fill).setFillBackgroundColor(new XSSFColor(hex(rgb)));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }

    static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
