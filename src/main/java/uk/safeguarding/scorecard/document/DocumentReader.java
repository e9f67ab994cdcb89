package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads any supported document into pages of text, or says exactly why it cannot: every failure
 * of a parser on a bad file becomes an {@link UnreadableDocumentException} with a reason code.
 */
public final class DocumentReader {
    private static final Map<DocumentFormat, TextExtractor> EXTRACTORS = Map.of(
            DocumentFormat.PDF, new PdfTextExtractor(),
            DocumentFormat.DOCX, new DocxTextExtractor(),
            DocumentFormat.HTML, new HtmlTextExtractor(),
            DocumentFormat.TXT, new PlainTextExtractor());

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "document-reader");
        t.setDaemon(true);
        return t;
    });

    private final ExtractionLimits limits;

    public DocumentReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the document on a worker thread and gives up after
     * {@link ExtractionLimits#maxSecondsPerDocument()}: the document is then TOO_LARGE and the run
     * goes on (the worker is interrupted and, being a daemon, never holds the JVM up).
     */
    public ExtractedDocument read(Path file) throws UnreadableDocumentException {
        return start(file).await();
    }

    /**
     * Starts reading the document on a worker thread now, so that the caller can do other work
     * (score the document before) meanwhile; {@link Reading#await} gives the result.
     */
    public Reading start(Path file) {
        return new Reading(WORKERS.submit(() -> readNow(file)), System.nanoTime());
    }

    /** A document being read on a worker thread. */
    public final class Reading {
        private final Future<ExtractedDocument> reading;
        private final long started;

        private Reading(Future<ExtractedDocument> reading, long started) {
            this.reading = reading;
            this.started = started;
        }

        /** The document's text, or why it cannot be read; TOO_LARGE once reading has taken longer than the limit. */
        public ExtractedDocument await() throws UnreadableDocumentException {
            long left = TimeUnit.SECONDS.toNanos(limits.maxSecondsPerDocument()) - (System.nanoTime() - started);
            try {
                return reading.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                reading.cancel(true);
                throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                        "reading took longer than the limit of " + limits.maxSecondsPerDocument() + " s");
            } catch (InterruptedException e) {
                reading.cancel(true);
                Thread.currentThread().interrupt();
                throw new UnreadableDocumentException(RejectReason.CORRUPT, "reading was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnreadableDocumentException u) {
                    throw u;
                }
                throw new UnreadableDocumentException(RejectReason.CORRUPT, "cannot read file: "
                        + UnreadableDocumentException.rootMessage(e.getCause()), e.getCause());
            }
        }

        /** Stops a reading whose result is no longer wanted. */
        public void cancel() {
            reading.cancel(true);
        }
    }

    private ExtractedDocument readNow(Path file) throws UnreadableDocumentException {
        DocumentFormat format = null;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                        size + " bytes, more than the limit of " + limits.maxFileBytes());
            }
            format = FormatDetector.detect(file);
            requireExtensionToFit(file, format);
            List<Page> pages = EXTRACTORS.get(format).extract(file, limits);
            checkHasText(format, pages);
            return new ExtractedDocument(format, pages);
        } catch (PdfTextExtractor.TextLimitExceeded e) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE, e.getMessage(), e);
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT,
                    (format == null ? "cannot read file" : "damaged " + format) + ": "
                            + UnreadableDocumentException.rootMessage(e), e);
        }
    }

    /** A file named as a binary format (.pdf, .docx, .doc) whose content is text is not what it claims. */
    private static void requireExtensionToFit(Path file, DocumentFormat format) throws UnreadableDocumentException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean claimsBinary = name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".doc");
        if (claimsBinary && (format == DocumentFormat.TXT || format == DocumentFormat.HTML)) {
            throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT,
                    "named " + name.substring(name.lastIndexOf('.')) + " but contains " + format + " text");
        }
    }

    private void checkHasText(DocumentFormat format, List<Page> pages) throws UnreadableDocumentException {
        long letters = pages.stream().flatMapToInt(p -> p.text().chars()).filter(Character::isLetter).count();
        if (letters < limits.minTextChars()) {
            throw new UnreadableDocumentException(format == DocumentFormat.PDF ? RejectReason.NO_TEXT : RejectReason.EMPTY,
                    "the document has " + letters + " letters of text, fewer than " + limits.minTextChars());
        }
    }
}
