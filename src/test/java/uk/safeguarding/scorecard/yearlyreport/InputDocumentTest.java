package uk.safeguarding.scorecard.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputDocumentTest {

    @Test
    void derivesDocumentIdFromFileName() {
        Path file = Path.of("input", "leeds_2020-21.pdf");

        InputDocument doc = InputDocument.of(file);

        assertThat(doc.documentId()).isEqualTo("leeds_2020-21");
        assertThat(doc.fileName()).isEqualTo("leeds_2020-21.pdf");
        assertThat(doc.file()).isEqualTo(file);
    }
}
