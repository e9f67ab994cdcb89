package uk.safeguarding.scorecard.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.Mutations;

/**
 * Mutates real PDF and DOCX files (the shared corpus and the shipped samples) for a bounded time:
 * reading a mutant either succeeds or ends in a reason code, never in any other exception.
 * Longer runs: {@code mvn -B test -Dtest=DocumentReaderFuzzTest -Dfuzz.seconds=600}.
 */
class DocumentReaderFuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedDocumentsNeverCrashTheReader() throws Exception {
        List<Path> seeds = Mutations.seeds(List.of("pdf", "docx"), Path.of("input/yearly-reports/northmere_2024-25.pdf"),
                Path.of("input/yearly-reports/ashby-vale_2024-25.docx"));
        DocumentReader reader = new DocumentReader(ExtractionLimits.defaults());
        Random random = new Random(Long.getLong("fuzz.seed", 20181));
        long end = System.currentTimeMillis() + Mutations.budgetMillis();
        List<String> crashes = new ArrayList<>();
        int mutants = 0;
        while (System.currentTimeMillis() < end) {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            Path mutant = dir.resolve("mutant" + seed.getFileName().toString().replaceAll("^.*(\\.[^.]+)$", "$1"));
            Files.write(mutant, Mutations.mutate(Files.readAllBytes(seed), random));
            mutants++;
            try {
                reader.read(mutant);
            } catch (UnreadableDocumentException expected) {
                assertThat(expected.reason()).isNotNull();
            } catch (Throwable t) {
                crashes.add(seed.getFileName() + " mutant " + mutants + ": " + t);
                Files.copy(mutant, dir.resolve("crash-" + mutants + "-" + seed.getFileName()));
            }
        }
        assertThat(mutants).isGreaterThan(50);
        assertThat(crashes).isEmpty();
    }
}
