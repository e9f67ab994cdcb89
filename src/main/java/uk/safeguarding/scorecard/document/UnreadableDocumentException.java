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

    /** The message of the deepest cause: what a parser actually objected to. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
