package uk.safeguarding.scorecard.notification;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of one spreadsheet file in reading order, as lists of cells (index = column). A
 * source is opened once per pass; {@link #sheets()} names the sheets to try in order.
 */
interface SpreadsheetRows extends Closeable {

    /** The sheet names in workbook order ("" for CSV). */
    List<String> sheets();

    /** A fresh pass over one sheet: 1-based row number and cells. */
    Iterator<NumberedRow> rows(String sheet) throws java.io.IOException;

    /** A row with its 1-based number. */
    record NumberedRow(int number, List<RawCell> cells) {
    }
}
