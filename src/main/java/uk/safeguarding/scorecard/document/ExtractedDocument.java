package uk.safeguarding.scorecard.document;

import java.util.List;

/** A readable document as pages of text, with the format detected from its content. */
public record ExtractedDocument(DocumentFormat format, List<Page> pages) {

    public int pageCount() {
        return pages.size();
    }
}
