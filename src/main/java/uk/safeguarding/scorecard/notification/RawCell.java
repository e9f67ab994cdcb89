package uk.safeguarding.scorecard.notification;

import java.time.LocalDate;

/**
 * A spreadsheet cell as read: its text, and its date when the cell is a real (date-formatted)
 * spreadsheet date. Text dates are parsed later, by the validator.
 */
record RawCell(String text, LocalDate date) {
    static final RawCell BLANK = new RawCell("", null);

    boolean isBlank() {
        return date == null && text.isBlank();
    }
}
