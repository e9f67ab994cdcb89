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

    /** The rows of a library's own row iterator, converted one by one as they are read. */
    static <T> Iterator<NumberedRow> map(Iterator<T> rows, java.util.function.Function<T, NumberedRow> convert) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public NumberedRow next() {
                return convert.apply(rows.next());
            }
        };
    }

    /** A row with its 1-based number. */
    record NumberedRow(int number, List<RawCell> cells) {
    }
}
