package uk.safeguarding.scorecard.document;

/**
 * Limits that hold whatever a partnership sends; a document over any of them is rejected as
 * {@link RejectReason#TOO_LARGE}.
 *
 * @param maxFileBytes largest file read
 * @param maxPages most pages read
 * @param maxTextChars most characters of text kept for one document
 * @param minTextChars fewer letters than this in the whole document means {@link RejectReason#NO_TEXT}
 * @param wordsPerSection page size used where a document marks no pages (HTML, text, DOCX without breaks)
 * @param maxSecondsPerDocument longest time reading one document may take
 */
public record ExtractionLimits(long maxFileBytes, int maxPages, int maxTextChars, int minTextChars,
        int wordsPerSection, int maxSecondsPerDocument) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(100L * 1024 * 1024, 2000, 5_000_000, 1, 500, 120);
    }
}
