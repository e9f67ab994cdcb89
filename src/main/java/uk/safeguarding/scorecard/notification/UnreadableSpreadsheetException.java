package uk.safeguarding.scorecard.notification;

/** A notification file that cannot be read at all (encrypted, corrupt, no sheet with the required columns). */
class UnreadableSpreadsheetException extends Exception {
    private final String rule;

    UnreadableSpreadsheetException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}
