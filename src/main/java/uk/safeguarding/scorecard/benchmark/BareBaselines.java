package uk.safeguarding.scorecard.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The baselines the jobs are measured against: the same work done with the bare libraries and
 * nothing else (no validation, scoring, store or outputs).
 */
public final class BareBaselines {
    private BareBaselines() {
    }

    /** Extracts the text of every PDF with PDFBox's default settings on {@code threads} threads; returns the characters read. */
    public static long pdfText(List<Path> pdfs, int threads) throws Exception {
        return pdfText(pdfs, threads, true);
    }

    /**
     * The same with PDFBox's check for duplicate overlapping text switched off (text drawn twice,
     * as in fake bold, is then read twice): the least PDFBox can do, for reference.
     */
    public static long pdfTextWithoutOverlapCheck(List<Path> pdfs, int threads) throws Exception {
        return pdfText(pdfs, threads, false);
    }

    private static long pdfText(List<Path> pdfs, int threads, boolean overlapCheck) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong chars = new AtomicLong();
            List<Future<?>> done = pdfs.stream().map(pdf -> pool.submit(() -> {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setSuppressDuplicateOverlappingText(overlapCheck);
                    chars.addAndGet(stripper.getText(doc).length());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).<Future<?>>map(f -> f).toList();
            for (Future<?> f : done) {
                f.get();
            }
            return chars.get();
        } finally {
            pool.shutdown();
        }
    }

    /** Streams every cell of the first sheet with fastexcel-reader; returns the cells read. */
    public static long xlsxRead(Path xlsx) throws IOException {
        long cells = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                for (Cell cell : row) {
                    if (cell != null && cell.getRawValue() != null) {
                        cells++;
                    }
                }
            }
        }
        return cells;
    }
}
