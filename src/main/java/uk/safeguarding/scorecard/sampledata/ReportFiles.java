package uk.safeguarding.scorecard.sampledata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes a composed report as a PDF (PDFBox) or a DOCX (POI), one report page per file page. */
final class ReportFiles {
    private static final float MARGIN = 60;
    private static final float BODY_SIZE = 10.5f;
    private static final float HEADING_SIZE = 14;
    private static final float LEADING = 1.35f;

    private ReportFiles() {
    }

    static void pdf(SampleReport report, Path file) throws IOException {
        PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument pdf = new PDDocument()) {
            boolean first = true;
            for (List<SampleReport.Block> page : report.pages()) {
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                float width = p.getMediaBox().getWidth() - 2 * MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                    float y = p.getMediaBox().getHeight() - MARGIN;
                    if (first) {
                        y = lines(cs, bold, 18, report.title(), width, y);
                        first = false;
                    }
                    for (SampleReport.Block block : page) {
                        y -= BODY_SIZE;
                        y = block.heading() ? lines(cs, bold, HEADING_SIZE, block.text(), width, y)
                                : lines(cs, body, BODY_SIZE, block.text(), width, y);
                    }
                }
            }
            pdf.save(file.toFile());
        }
    }

    private static float lines(PDPageContentStream cs, PDType1Font font, float size, String text, float width, float y)
            throws IOException {
        for (String line : wrap(font, size, safe(font, text), width)) {
            y -= size * LEADING;
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(MARGIN, y);
            cs.showText(line);
            cs.endText();
        }
        return y;
    }

    private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Replaces characters the standard fonts cannot show. */
    private static String safe(PDType1Font font, String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    static void docx(SampleReport report, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            run(doc.createParagraph(), report.title(), true, 18);
            boolean firstPage = true;
            for (List<SampleReport.Block> page : report.pages()) {
                boolean firstBlock = true;
                for (SampleReport.Block block : page) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setPageBreak(firstBlock && !firstPage);
                    run(p, block.text(), block.heading(), block.heading() ? 14 : 11);
                    firstBlock = false;
                }
                firstPage = false;
            }
            doc.write(out);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(text);
    }
}
