package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF text, one entry per physical page, with PDFBox; paragraphs are separated by blank lines.
 * A PDF without any text is told apart: pages with neither content nor annotations are EMPTY, a damaged dynamic XFA
 * form is CORRUPT, anything else (scans, images) is NO_TEXT. A wrapper whose real document is
 * an encrypted attachment, or whose permissions forbid extraction, is ENCRYPTED.
 */
final class PdfTextExtractor implements TextExtractor {
    private static final long MAIN_MEMORY_BYTES = 16L * 1024 * 1024;
    private static final COSName ENCRYPTED_PAYLOAD = COSName.getPDFName("EncryptedPayload");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    @Override
    public List<Page> extract(Path file, ExtractionLimits limits) throws IOException, UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "the PDF's permissions forbid text extraction");
            }
            if (hasEncryptedPayload(pdf)) {
                throw new UnreadableDocumentException(RejectReason.ENCRYPTED,
                        "the PDF is a wrapper around an encrypted attachment (rights management)");
            }
            int pageCount = pdf.getNumberOfPages();
            if (pageCount == 0) {
                throw new UnreadableDocumentException(RejectReason.EMPTY, "the PDF has no pages");
            }
            if (pageCount > limits.maxPages()) {
                throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                        pageCount + " pages, more than the limit of " + limits.maxPages());
            }
            PageCollector collector = new PageCollector(limits);
            collector.writeText(pdf, collector.buffer);
            List<Page> pages = new ArrayList<>(pageCount);
            for (int n = 1; n <= pageCount; n++) {
                pages.add(new Page(n, collector.texts.getOrDefault(n, "")));
            }
            if (pages.stream().allMatch(p -> p.text().chars().noneMatch(Character::isLetter))) {
                throw withoutText(pdf, pageCount);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "the PDF needs a password to open", e);
        } catch (LinkageError e) {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED,
                    "the PDF uses certificate (public key) encryption, which is not supported", e);
        }
    }

    private static UnreadableDocumentException withoutText(PDDocument pdf, int pageCount) {
        PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
        if (form != null && form.xfaIsDynamic()) {
            try {
                form.getXFA().getDocument();
            } catch (Exception e) {
                return new UnreadableDocumentException(RejectReason.CORRUPT, "the PDF's dynamic XFA form is damaged: "
                        + UnreadableDocumentException.rootMessage(e), e);
            }
        }
        boolean anyContent = false;
        for (PDPage page : pdf.getPages()) {
            anyContent |= page.hasContents() || hasAnnotations(page);
        }
        return anyContent
                ? new UnreadableDocumentException(RejectReason.NO_TEXT,
                        pageCount + " page(s) but no text layer (scanned or image-only?)")
                : new UnreadableDocumentException(RejectReason.EMPTY, pageCount + " page(s), none with any content");
    }

    private static boolean hasAnnotations(PDPage page) {
        try {
            return !page.getAnnotations().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasEncryptedPayload(PDDocument pdf) throws IOException {
        PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
        if (files == null || files.getNames() == null) {
            return false;
        }
        for (Map.Entry<String, PDComplexFileSpecification> e : files.getNames().entrySet()) {
            if (e.getValue() != null && ENCRYPTED_PAYLOAD.equals(e.getValue().getCOSObject().getCOSName(AF_RELATIONSHIP))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Captures the text written for each page as the stripper finishes it. Glyphs drawn again over
     * the same glyph are dropped as PDFBox does, but by {@link OverlappingGlyphs} (same rule, a
     * fraction of the cost); like PDFBox, glyphs inside marked content with an /ActualText are
     * never dropped (the stripper replaces their text).
     */
    private static final class PageCollector extends PDFTextStripper {
        private final StringWriter buffer = new StringWriter();
        private final Map<Integer, String> texts = new TreeMap<>();
        private final ExtractionLimits limits;
        private final OverlappingGlyphs glyphs = new OverlappingGlyphs();
        /** For each marked-content sequence open, whether it has an /ActualText (as the stripper tracks it). */
        private final Deque<Boolean> actualTexts = new ArrayDeque<>();
        private boolean inActualText;
        private long chars;

        PageCollector(ExtractionLimits limits) {
            this.limits = limits;
            setParagraphEnd("\n\n");
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(false);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            glyphs.clear();
            super.processPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (inActualText || !glyphs.repeats(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
                super.processTextPosition(text);
            }
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            inActualText = properties != null && properties.getString(COSName.ACTUAL_TEXT) != null;
            actualTexts.push(inActualText);
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            Boolean hadActualText = actualTexts.poll();
            if (Boolean.TRUE.equals(hadActualText)) {
                inActualText = false;
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            String text = buffer.toString();
            buffer.getBuffer().setLength(0);
            chars += text.length();
            if (chars > limits.maxTextChars()) {
                throw new TextLimitExceeded(limits.maxTextChars());
            }
            texts.put(getCurrentPageNo(), text);
        }
    }

    /** Unchecked so it can leave PDFBox's callback; turned into TOO_LARGE by the reader. */
    static final class TextLimitExceeded extends RuntimeException {
        TextLimitExceeded(int limit) {
            super("more than " + limit + " characters of text");
        }
    }
}
