package uk.safeguarding.scorecard.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects paragraphs into pages. Pages end where the document marks them (page breaks, form
 * feeds); a document that marks none is cut into sections of about
 * {@link ExtractionLimits#wordsPerSection()} words at paragraph boundaries.
 */
final class PageBuilder {
    private final ExtractionLimits limits;
    private final List<List<String>> pages = new ArrayList<>();
    private List<String> current = new ArrayList<>();
    private long chars;

    PageBuilder(ExtractionLimits limits) {
        this.limits = limits;
    }

    void paragraph(String text) throws UnreadableDocumentException {
        String clean = text.strip();
        if (clean.isEmpty()) {
            return;
        }
        chars += clean.length();
        if (chars > limits.maxTextChars()) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                    "more than " + limits.maxTextChars() + " characters of text");
        }
        current.add(clean);
    }

    void pageBreak() throws UnreadableDocumentException {
        pages.add(current);
        current = new ArrayList<>();
        if (pages.size() > limits.maxPages()) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE, "more than " + limits.maxPages() + " pages");
        }
    }

    /** The pages, numbered from 1; empty trailing pages are dropped. */
    List<Page> build() throws UnreadableDocumentException {
        pages.add(current);
        while (pages.size() > 1 && pages.get(pages.size() - 1).isEmpty()) {
            pages.remove(pages.size() - 1);
        }
        List<List<String>> marked = pages.size() == 1 ? sections(pages.get(0)) : pages;
        if (marked.size() > limits.maxPages()) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE, "more than " + limits.maxPages() + " pages");
        }
        List<Page> result = new ArrayList<>(marked.size());
        for (int i = 0; i < marked.size(); i++) {
            result.add(new Page(i + 1, String.join("\n\n", marked.get(i))));
        }
        return result;
    }

    private List<List<String>> sections(List<String> paragraphs) {
        List<List<String>> sections = new ArrayList<>();
        List<String> section = new ArrayList<>();
        int words = 0;
        for (String p : paragraphs) {
            int w = p.split("\\s+").length;
            if (words > 0 && words + w > limits.wordsPerSection()) {
                sections.add(section);
                section = new ArrayList<>();
                words = 0;
            }
            section.add(p);
            words += w;
        }
        sections.add(section);
        return sections;
    }
}
