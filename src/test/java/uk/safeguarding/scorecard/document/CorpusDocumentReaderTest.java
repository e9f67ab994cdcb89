package uk.safeguarding.scorecard.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.fail;

import com.opencsv.CSVReaderHeaderAware;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorpusDocumentReaderTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Map<String, RejectReason> REASON_BY_EXPECTED = Map.of(
            "encrypted", RejectReason.ENCRYPTED,
            "corrupt", RejectReason.CORRUPT,
            "no-text", RejectReason.NO_TEXT,
            "wrong-format", RejectReason.UNSUPPORTED_FORMAT,
            "empty", RejectReason.EMPTY);

    private final DocumentReader reader = new DocumentReader(ExtractionLimits.defaults());

    static Stream<Arguments> documents() throws Exception {
        Path manifest = CORPUS.resolve("MANIFEST.csv");
        if (!Files.isRegularFile(manifest)) {
            String message = "Robustness corpus not found at " + manifest.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + "; skipping corpus tests");
        }
        List<Arguments> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
                CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
            for (Map<String, String> row; (row = csv.readMap()) != null;) {
                String file = row.get("file");
                if (file.startsWith("pdf/") || file.startsWith("docx/")) {
                    rows.add(Arguments.of(file, row.get("expected")));
                }
            }
        }
        return rows.stream();
    }

    static Stream<String> readablePdfs() throws Exception {
        return documents().map(Arguments::get).filter(a -> ((String) a[0]).startsWith("pdf/") && a[1].equals("readable"))
                .map(a -> (String) a[0]);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("documents")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readsCorpusFileAsExpected(String file, String expected) {
        Path path = CORPUS.resolve(file);
        assertThat(path).isRegularFile();

        Throwable thrown = catchThrowable(() -> reader.read(path));

        if (expected.equals("readable")) {
            assertThat(thrown).as("%s should be readable", file).isNull();
            return;
        }
        RejectReason want = REASON_BY_EXPECTED.get(expected);
        assertThat(want).as("known expected outcome '%s'", expected).isNotNull();
        assertThat(thrown).as("%s should be rejected as %s", file, want).isInstanceOf(UnreadableDocumentException.class);
        assertThat(((UnreadableDocumentException) thrown).reason())
                .as("%s: %s", file, thrown.getMessage()).isEqualTo(want);
    }

    /** Our own overlap check ({@link OverlappingGlyphs}) must give PDFBox's text, on every real PDF we read. */
    @ParameterizedTest(name = "{0} reads as PDFBox reads it")
    @MethodSource("readablePdfs")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readsCorpusPdfAsPdfBoxDoes(String file) throws Exception {
        Path path = CORPUS.resolve(file);
        assertThat(OverlappingGlyphsTest.pages(reader.read(path))).isEqualTo(OverlappingGlyphsTest.pdfBoxText(path));
    }
}
