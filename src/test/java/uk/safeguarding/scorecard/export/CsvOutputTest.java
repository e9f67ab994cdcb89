package uk.safeguarding.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {
    private static final List<String> HEADER = List.of("file", "reason_code", "detail");

    @TempDir
    Path dir;

    @Test
    void writesUtf8Rfc4180WithCrlfAndMinimalQuoting() throws Exception {
        Path file = dir.resolve("rejects.csv");

        CsvOutput.write(file, HEADER, List.of(
                List.of("caf\u00e9_2024-25.pdf", "CORRUPT", "damaged PDF: bad xref, offset 12"),
                List.of("plain.pdf", "ENCRYPTED", "say \"please\"\nthen retry")));

        assertThat(Files.readAllBytes(file)).isEqualTo(("file,reason_code,detail\r\n"
                + "caf\u00e9_2024-25.pdf,CORRUPT,\"damaged PDF: bad xref, offset 12\"\r\n"
                + "plain.pdf,ENCRYPTED,\"say \"\"please\"\"\nthen retry\"\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void neutralisesFormulaCells() throws Exception {
        Path file = dir.resolve("evidence.csv");

        CsvOutput.write(file, List.of("document_id", "quote"), List.of(List.of("leeds_2020-21", "=HYPERLINK(\"x\")"),
                List.of("leeds_2020-21", "@SUM(A1)")));

        assertThat(Files.readString(file)).isEqualTo("document_id,quote\r\n"
                + "leeds_2020-21,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                + "leeds_2020-21,'@SUM(A1)\r\n");
    }

    @Test
    void replacesExistingFileAndLeavesNoPartFile() throws Exception {
        Path file = dir.resolve("rejects.csv");
        Files.writeString(file, "old content that is much longer than the new file\n".repeat(20));

        CsvOutput.write(file, HEADER, List.of());

        assertThat(Files.readString(file)).isEqualTo("file,reason_code,detail\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void createsMissingOutputFolder() throws Exception {
        Path file = dir.resolve("run").resolve("out").resolve("rejects.csv");

        CsvOutput.write(file, HEADER, List.of(List.of("a.pdf", "EMPTY", "")));

        assertThat(Files.readString(file)).isEqualTo("file,reason_code,detail\r\na.pdf,EMPTY,\r\n");
        assertThat(file.resolveSibling("rejects.csv.part")).doesNotExist();
    }
}
