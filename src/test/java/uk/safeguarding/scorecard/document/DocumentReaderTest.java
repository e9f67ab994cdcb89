package uk.safeguarding.scorecard.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private static final String PAGE_ONE = "Page one describes the multi-agency audit of neglect cases";
    private static final String PAGE_TWO = "Page two sets out the rapid reviews completed this year";
    private static final String PAGE_THREE = "Page three reports feedback from children and families";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(ExtractionLimits.defaults());

    @Test
    void readsEachPdfPageSeparately() throws Exception {
        Path file = pdf("report.pdf", null, PAGE_ONE, PAGE_TWO, PAGE_THREE);

        ExtractedDocument doc = reader.read(file);

        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.pages()).extracting(Page::number).containsExactly(1, 2, 3);
        assertThat(doc.pages().get(0).text()).contains(PAGE_ONE).doesNotContain(PAGE_TWO);
        assertThat(doc.pages().get(1).text()).contains(PAGE_TWO).doesNotContain(PAGE_ONE, PAGE_THREE);
        assertThat(doc.pages().get(2).text()).contains(PAGE_THREE).doesNotContain(PAGE_TWO);
    }

    @Test
    void blankPdfPageKeepsItsPlaceInThePageCount() throws Exception {
        Path source = pdf("source.pdf", null, PAGE_ONE, PAGE_TWO);
        Path file = dir.resolve("report.pdf");
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            doc.getPages().insertAfter(new PDPage(PDRectangle.A4), doc.getPage(0));
            doc.save(file.toFile());
        }
        try (PDDocument saved = Loader.loadPDF(file.toFile())) {
            assertThat(saved.getNumberOfPages()).isEqualTo(3);
        }

        ExtractedDocument doc = reader.read(file);

        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(doc.pages()).extracting(Page::number).containsExactly(1, 2, 3);
        assertThat(doc.pages().get(1).text()).isBlank();
        assertThat(doc.pages().get(2).text()).contains(PAGE_TWO);
    }

    @Test
    void paragraphPageBreakStartsNewDocxPage() throws Exception {
        Path file = dir.resolve("report.docx");
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText(PAGE_ONE);
            XWPFParagraph second = docx.createParagraph();
            second.setPageBreak(true);
            second.createRun().setText(PAGE_TWO);
            save(docx, file);
        }

        ExtractedDocument doc = reader.read(file);

        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(doc.pages()).extracting(Page::text).containsExactly(PAGE_ONE, PAGE_TWO);
    }

    @Test
    void runPageBreakStartsNewDocxPage() throws Exception {
        Path file = dir.resolve("report.docx");
        try (XWPFDocument docx = new XWPFDocument()) {
            XWPFParagraph p = docx.createParagraph();
            XWPFRun first = p.createRun();
            first.setText(PAGE_ONE);
            first.addBreak(BreakType.PAGE);
            p.createRun().setText(PAGE_TWO);
            save(docx, file);
        }

        ExtractedDocument doc = reader.read(file);

        assertThat(doc.pages()).hasSize(2);
        assertThat(doc.pages().get(0).text()).contains(PAGE_ONE).doesNotContain(PAGE_TWO);
        assertThat(doc.pages().get(1).text()).contains(PAGE_TWO).doesNotContain(PAGE_ONE);
    }

    @Test
    void readsHtmlBlocksButNotScripts() throws Exception {
        Path file = dir.resolve("report.html");
        Files.writeString(file, """
                <!DOCTYPE html>
                <html><head><title>Report</title><script>var secret = 'scriptPayload';</script></head>
                <body>
                <h1>Annual report of the partnership</h1>
                <p>We completed three rapid reviews during the year.</p>
                <ul><li>Neglect strategy launched</li><li>Training for schools</li></ul>
                <table><tr><th>Measure</th><th>Value</th></tr><tr><td>Referrals</td><td>412</td></tr></table>
                <script>document.write('inlineScriptText');</script>
                </body></html>
                """);

        ExtractedDocument doc = reader.read(file);

        String text = allText(doc);
        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(text).contains("Annual report of the partnership", "We completed three rapid reviews during the year.",
                "Neglect strategy launched", "Training for schools", "Measure | Value", "Referrals | 412");
        assertThat(text).doesNotContain("scriptPayload", "inlineScriptText", "document.write");
    }

    @Test
    void formFeedsSeparateTextPages() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, PAGE_ONE + "\f" + PAGE_TWO + "\f" + PAGE_THREE);

        ExtractedDocument doc = reader.read(file);

        assertThat(doc.format()).isEqualTo(DocumentFormat.TXT);
        assertThat(doc.pages()).extracting(Page::text).containsExactly(PAGE_ONE, PAGE_TWO, PAGE_THREE);
    }

    @Test
    void unmarkedTextIsCutIntoSectionsOfAboutFiveHundredWords() throws Exception {
        List<String> paragraphs = IntStream.range(0, 12)
                .mapToObj(i -> ("paragraph" + i + " ") + "word ".repeat(99).strip())
                .toList();
        Path file = dir.resolve("report.txt");
        Files.writeString(file, String.join("\n\n", paragraphs));

        ExtractedDocument doc = reader.read(file);

        assertThat(doc.pages()).hasSize(3);
        assertThat(doc.pages()).allSatisfy(p -> assertThat(p.text().split("\\s+")).hasSizeLessThanOrEqualTo(500));
        assertThat(doc.pages().get(0).text()).startsWith("paragraph0 ").contains("paragraph4 ").doesNotContain("paragraph5 ");
        assertThat(doc.pages().get(1).text()).startsWith("paragraph5 ");
        assertThat(doc.pages().get(2).text()).startsWith("paragraph10 ").contains("paragraph11 ");
    }

    @Test
    void decodesWindows1252Text() throws Exception {
        String text = "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u2013 the partnership spent \u00a310,000 on "
                + "\u201cearly help\u201d training for practitioners this year.";
        Path file = dir.resolve("report.txt");
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));

        ExtractedDocument doc = reader.read(file);

        assertThat(doc.pages()).extracting(Page::text).containsExactly(text);
    }

    @Test
    void detectsFormatFromContentNotExtension() throws Exception {
        Path pdf = pdf("disguised.pdf", null, PAGE_ONE);
        Path txt = Files.move(pdf, dir.resolve("disguised.txt"));

        ExtractedDocument doc = reader.read(txt);

        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.pages().get(0).text()).contains(PAGE_ONE);
    }

    @Test
    void zeroByteFileIsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("report.pdf"));

        assertRejected(file, RejectReason.EMPTY);
    }

    @Test
    void pdfWithUserPasswordIsEncrypted() throws Exception {
        Path file = pdf("locked.pdf", new StandardProtectionPolicy("owner", "user", new AccessPermission()),
                PAGE_ONE, PAGE_TWO);

        assertRejected(file, RejectReason.ENCRYPTED);
    }

    @Test
    void pdfForbiddingExtractionIsEncrypted() throws Exception {
        AccessPermission noExtraction = new AccessPermission();
        noExtraction.setCanExtractContent(false);
        Path file = pdf("no-copy.pdf", new StandardProtectionPolicy("owner", "", noExtraction), PAGE_ONE, PAGE_TWO);

        UnreadableDocumentException e = reject(file);

        assertThat(e.reason()).isEqualTo(RejectReason.ENCRYPTED);
        assertThat(e.getMessage()).contains("forbid text extraction");
    }

    @Test
    void pdfOfScannedImagesHasNoText() throws Exception {
        Path file = dir.resolve("scanned.pdf");
        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, scan), 50, 50);
                }
            }
            doc.save(file.toFile());
        }

        assertRejected(file, RejectReason.NO_TEXT);
    }

    @Test
    void pdfWithOnlyBlankPagesIsEmpty() throws Exception {
        Path file = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(file.toFile());
        }

        assertRejected(file, RejectReason.EMPTY);
    }

    @Test
    void pdfHeaderFollowedByGarbageIsCorrupt() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Path file = dir.resolve("broken.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            out.write(garbage);
        }

        assertRejected(file, RejectReason.CORRUPT);
    }

    @Test
    void pngNamedPdfIsUnsupported() throws Exception {
        Path file = dir.resolve("report.pdf");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", file.toFile());

        assertRejected(file, RejectReason.UNSUPPORTED_FORMAT);
    }

    @Test
    void randomBinaryNamedPdfIsUnsupported() throws Exception {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        bytes[0] = 0;
        Path file = Files.write(dir.resolve("report.pdf"), bytes);

        assertRejected(file, RejectReason.UNSUPPORTED_FORMAT);
    }

    @Test
    void zipOfOtherFilesNamedDocxIsUnsupported() throws Exception {
        Path file = dir.resolve("report.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write((PAGE_ONE + " " + PAGE_TWO).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("photos/logo.png"));
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", zip);
            zip.closeEntry();
        }

        assertRejected(file, RejectReason.UNSUPPORTED_FORMAT);
    }

    @Test
    void workbookNamedDocxIsUnsupported() throws Exception {
        Path file = dir.resolve("report.docx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue(PAGE_ONE + " " + PAGE_TWO);
            wb.write(out);
        }

        assertRejected(file, RejectReason.UNSUPPORTED_FORMAT);
    }

    @Test
    void fileOverByteLimitIsTooLarge() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, PAGE_ONE + "\n\n" + PAGE_TWO);
        DocumentReader tiny = new DocumentReader(new ExtractionLimits(50, 2000, 5_000_000, 40, 500, 60));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> tiny.read(file));

        assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(e.getMessage()).contains("50");
    }

    @Test
    void pdfOverPageLimitIsTooLarge() throws Exception {
        Path file = pdf("long.pdf", null, PAGE_ONE, PAGE_TWO, PAGE_THREE);
        DocumentReader twoPages = new DocumentReader(new ExtractionLimits(100L * 1024 * 1024, 2, 5_000_000, 40, 500, 60));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> twoPages.read(file));

        assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
    }

    @Test
    void textOverPageLimitIsTooLarge() throws Exception {
        Path file = dir.resolve("long.txt");
        Files.writeString(file, PAGE_ONE + "\f" + PAGE_TWO + "\f" + PAGE_THREE);
        DocumentReader twoPages = new DocumentReader(new ExtractionLimits(100L * 1024 * 1024, 2, 5_000_000, 40, 500, 60));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> twoPages.read(file));

        assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
    }

    private void assertRejected(Path file, RejectReason reason) {
        UnreadableDocumentException e = reject(file);
        assertThat(e.reason()).as("%s: %s", file.getFileName(), e.getMessage()).isEqualTo(reason);
    }

    private UnreadableDocumentException reject(Path file) {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> reader.read(file));
        assertThat(e).as("%s should be rejected", file.getFileName()).isNotNull();
        return e;
    }

    private Path pdf(String name, StandardProtectionPolicy protection, String... pageTexts) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pageTexts) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            if (protection != null) {
                protection.setEncryptionKeyLength(128);
                doc.protect(protection);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void save(XWPFDocument docx, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            docx.write(out);
        }
    }

    private static String allText(ExtractedDocument doc) {
        return doc.pages().stream().map(Page::text).collect(Collectors.joining("\n"));
    }

    @Test
    void documentTakingLongerThanTheTimeLimitIsTooLarge() throws Exception {
        Path file = dir.resolve("long.txt");
        Files.writeString(file, "Partners met and agreed the plan. \n\n".repeat(600_000));
        DocumentReader hurried = new DocumentReader(new ExtractionLimits(100L * 1024 * 1024, 1_000_000, 50_000_000, 1, 500, 0));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> hurried.read(file));

        assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(e.getMessage()).contains("longer than the limit");
    }
}
