package uk.safeguarding.scorecard.notification;

import java.util.Map;

/**
 * One data row of a notification spreadsheet, holding only the canonical columns (everything
 * else, such as names and dates of birth, was dropped by the reader).
 *
 * @param file file name as given in the input folder
 * @param sheet sheet name ("" for CSV)
 * @param row 1-based row number as a spreadsheet shows it
 * @param cells canonical column to cell
 * @param problem for a file that could not be read at all: the finding saying why (else null)
 */
record SourceRow(String file, String sheet, int row, Map<String, RawCell> cells, Finding problem) {

    SourceRow(String file, String sheet, int row, Map<String, RawCell> cells) {
        this(file, sheet, row, cells, null);
    }

    static SourceRow unreadable(String file, String rule, String message) {
        return new SourceRow(file, "", 0, Map.of(), new Finding(rule, true, "", "", message));
    }

    RawCell cell(String column) {
        return cells.getOrDefault(column, RawCell.BLANK);
    }
}
