package uk.safeguarding.scorecard.notification;

/**
 * A data-quality finding about one row. Hard findings reject the row; soft ones load it with a
 * warning. The value itself is never kept: only a short digest an analyst can match.
 *
 * @param rule rule name, e.g. {@code date_order}
 * @param hard whether the row is rejected
 * @param column the canonical column concerned ("" for the whole row)
 * @param valueDigest first 12 hex digits of the SHA-256 of the cell value ("" if blank)
 * @param message what is wrong, without the value
 */
record Finding(String rule, boolean hard, String column, String valueDigest, String message) {
}
