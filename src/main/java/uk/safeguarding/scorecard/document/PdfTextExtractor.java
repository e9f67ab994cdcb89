package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF text, one entry per physical page, with PDFBox; paragraphs are separated by blank lines. */
final class PdfTextExtractor implements TextExtractor {
    private static final long MAIN_MEMORY_BYTES = 16L * 1024 * 1024;

    @Override
    public List<Page> extract(Path file, ExtractionLimits limits) throws IOException, UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException(RejectReason.ENCRYPTED,
                        "the PDF's permissions forbid text extraction");
            }
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableDocumentException(RejectReason.EMPTY, "the PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                        pages + " pages, more than the limit of " + limits.maxPages());
            }
            PageCollector collector = new PageCollector(limits);
            collector.writeText(pdf, collector.buffer);
            return collector.pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "the PDF needs a password to open", e);
        }
    }

    /** Captures the text written for each page as the stripper finishes it. */
    private static final class PageCollector extends PDFTextStripper {
        private final StringWriter buffer = new StringWriter();
        private final List<Page> pages = new ArrayList<>();
        private final ExtractionLimits limits;
        private long chars;

        PageCollector(ExtractionLimits limits) {
            this.limits = limits;
            setParagraphEnd("\n\n");
            setSortByPosition(false);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            String text = buffer.toString();
            buffer.getBuffer().setLength(0);
            chars += text.length();
            if (chars > limits.maxTextChars()) {
                throw new TextLimitExceeded(limits.maxTextChars());
            }
            pages.add(new Page(getCurrentPageNo(), text));
        }
    }

    /** Unchecked so it can leave PDFBox's callback; turned into TOO_LARGE by the reader. */
    static final class TextLimitExceeded extends RuntimeException {
        TextLimitExceeded(int limit) {
            super("more than " + limit + " characters of text");
        }
    }
}
