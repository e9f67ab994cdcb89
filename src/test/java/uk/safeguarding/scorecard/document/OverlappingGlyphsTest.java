package uk.safeguarding.scorecard.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.sampledata.SampleDataGenerator;

class OverlappingGlyphsTest {
    private final DocumentReader reader = new DocumentReader(ExtractionLimits.defaults());

    @Test
    void aGlyphRepeatsOnlyTheSameTextWithinAThirdOfItsWidthHalfOpen() {
        OverlappingGlyphs glyphs = new OverlappingGlyphs();
        assertThat(glyphs.repeats("a", 100f, 200f, 6f)).isFalse(); // kept
        assertThat(glyphs.repeats("a", 101.5f, 200.5f, 6f)).isTrue(); // tolerance 2: within
        assertThat(glyphs.repeats("b", 100f, 200f, 6f)).isFalse(); // other text at the same spot
        assertThat(glyphs.repeats("a", 102f, 200f, 6f)).as("x - t is in: a at 100 lies in [100, 104)").isTrue();
        assertThat(glyphs.repeats("a", 98f, 200f, 6f)).as("x + t is out: a at 100 is not in [96, 100)")
                .isFalse(); // kept at 98
        assertThat(glyphs.repeats("a", 100f, 198f, 6f)).as("nor is y + t: 200 not in [196, 200)").isFalse();
        glyphs.clear();
        assertThat(glyphs.repeats("a", 101.5f, 200.5f, 6f)).as("a new page forgets the last").isFalse();
    }

    @Test
    void wideOrUndefinedTolerancesAreAnsweredLikeNarrowOnes() {
        OverlappingGlyphs glyphs = new OverlappingGlyphs();
        assertThat(glyphs.repeats("ab", 10f, 10f, 1f)).isFalse();
        assertThat(glyphs.repeats("ab", 300f, 40f, 3000f)).as("tolerance 500, beyond the grid").isTrue();
        assertThat(glyphs.repeats("ab", 10f, 10f, Float.NaN)).as("no range matches NaN").isFalse();
        assertThat(glyphs.repeats("", 10f, 10f, 5f)).as("an empty text gets an infinite tolerance").isFalse();
        assertThat(glyphs.repeats("", 9e9f, -9e9f, 5f)).isTrue();
        assertThat(glyphs.repeats("c", Float.POSITIVE_INFINITY, 10f, 5f)).isFalse();
        assertThat(glyphs.repeats("c", Float.POSITIVE_INFINITY, 10f, 5f)).as("infinity is not below infinity").isFalse();
    }

    @Test
    void fakeBoldIsReadOnceAsPdfBoxReadsIt(@TempDir Path dir) throws Exception {
        Path pdf = fakeBold(dir.resolve("fake-bold.pdf"));

        String text = pages(reader.read(pdf));

        assertThat(text).isEqualTo(pdfBoxText(pdf));
        assertThat(text.split("Annual report", -1)).as("the heading drawn twice is read once").hasSize(2);
        assertThat(text).contains("Echo", "echo"); // the same word further along the line is kept
        assertThat(text).contains("Safeguarding"); // marked content's /ActualText: nothing dropped, as in PDFBox
        assertThat(text).isNotEqualTo(pdfBoxTextKeepingOverlaps(pdf)); // the file does have glyphs to drop
    }

    @Test
    void generatedReportsReadAsPdfBoxReadsThem(@TempDir Path dir) throws Exception {
        new SampleDataGenerator().generate(dir, 3, 4, 7, true);
        try (Stream<Path> files = Files.list(dir.resolve("yearly-reports"))) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                assertThat(pages(reader.read(pdf))).as(pdf.getFileName().toString()).isEqualTo(pdfBoxText(pdf));
            }
        }
    }

    /** The text of every page, as one string. */
    static String pages(ExtractedDocument doc) {
        return doc.pages().stream().map(Page::text).collect(Collectors.joining());
    }

    /** What PDFBox's own stripper reads, with the paragraph ends the extractor uses. */
    static String pdfBoxText(Path pdf) throws IOException {
        return strip(pdf, true);
    }

    private static String pdfBoxTextKeepingOverlaps(Path pdf) throws IOException {
        return strip(pdf, false);
    }

    private static String strip(Path pdf, boolean suppressOverlaps) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd("\n\n");
            stripper.setSuppressDuplicateOverlappingText(suppressOverlaps);
            return stripper.getText(doc);
        }
    }

    /** A page whose heading is drawn twice, slightly offset (fake bold), with a marked-content span. */
    private static Path fakeBold(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                show(content, font, 72f, 700f, "Annual report of the partnership");
                show(content, font, 72.4f, 700.3f, "Annual report of the partnership");
                show(content, font, 72f, 650f, "Echo");
                show(content, font, 300f, 650f, "echo Echo");
                COSDictionary span = new COSDictionary();
                span.setString(COSName.ACTUAL_TEXT, "Safeguarding");
                content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
                show(content, font, 72f, 600f, "Sfgd");
                show(content, font, 72.2f, 600f, "Sfgd");
                content.endMarkedContent();
                show(content, font, 72f, 550f, "The partners met eleven times and the independent scrutineer attended.");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
