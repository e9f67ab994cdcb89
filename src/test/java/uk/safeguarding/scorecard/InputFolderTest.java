package uk.safeguarding.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.ConfigurationException;

class InputFolderTest {
    @TempDir
    Path dir;

    @Test
    void listsDocumentsInStableSortedOrder() throws Exception {
        Path input = Files.createDirectory(dir.resolve("input"));
        for (String name : new String[] {"saltmarsh_2024-25.pdf", "ashby-vale_2024-25.docx", "kestrel-bay_2024-25.pdf"}) {
            Files.writeString(input.resolve(name), "x");
        }
        Files.writeString(Files.createDirectory(input.resolve("late")).resolve("northmere_2024-25.txt"), "x");

        assertThat(InputFolder.list(input)).extracting(p -> p.getFileName().toString())
                .containsExactly("ashby-vale_2024-25.docx", "kestrel-bay_2024-25.pdf", "northmere_2024-25.txt",
                        "saltmarsh_2024-25.pdf");
    }

    @Test
    void skipsHiddenFilesAndFolders() throws Exception {
        Path input = Files.createDirectory(dir.resolve("input"));
        Files.writeString(input.resolve("northmere_2024-25.pdf"), "x");
        Files.writeString(input.resolve(".DS_Store"), "x");
        Files.writeString(Files.createDirectory(input.resolve(".git")).resolve("config.txt"), "x");

        assertThat(InputFolder.list(input)).extracting(p -> p.getFileName().toString()).containsExactly("northmere_2024-25.pdf");
    }

    @Test
    void doesNotFollowSymlinkOutOfFolder() throws Exception {
        Path input = Files.createDirectory(dir.resolve("input"));
        Files.writeString(input.resolve("northmere_2024-25.pdf"), "x");
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "not for the job");
        Files.createSymbolicLink(input.resolve("linked_2024-25.txt"), secret);
        Files.createSymbolicLink(input.resolve("linked-folder"), outside);

        assertThat(InputFolder.list(input)).extracting(p -> p.getFileName().toString()).containsExactly("northmere_2024-25.pdf");
    }

    @Test
    void singleFileIsItsOwnInput() throws Exception {
        Path file = Files.writeString(dir.resolve("northmere_2024-25.pdf"), "x");

        assertThat(InputFolder.list(file)).extracting(p -> p).containsExactly(file);
    }

    @Test
    void missingInputIsConfigurationError() {
        assertThatThrownBy(() -> InputFolder.list(dir.resolve("nowhere")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("nowhere");
    }
}
