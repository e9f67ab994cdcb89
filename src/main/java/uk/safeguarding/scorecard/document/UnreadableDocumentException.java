package uk.safeguarding.scorecard.document;

/** A document that cannot be scored, with the reason code and a detail for the analyst. */
public class UnreadableDocumentException extends Exception {
    private final RejectReason reason;

    public UnreadableDocumentException(RejectReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public UnreadableDocumentException(RejectReason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
