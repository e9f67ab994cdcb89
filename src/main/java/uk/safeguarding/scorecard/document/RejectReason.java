package uk.safeguarding.scorecard.document;

/** Why an input file was not scored; the reason codes of {@code rejects.csv}. */
public enum RejectReason {
    /** a password, certificate or rights management is needed, or extraction is forbidden */
    ENCRYPTED,
    /** structurally broken or hostile */
    CORRUPT,
    /** opens, but has no text layer (scanned or image-only) */
    NO_TEXT,
    /** not a format we read (or a legacy one), whatever its extension says */
    UNSUPPORTED_FORMAT,
    /** zero bytes, or a valid container with no content */
    EMPTY,
    /** over a configured limit of size, pages, text or time */
    TOO_LARGE,
    /** the same document id or the same content as another input file */
    DUPLICATE
}
