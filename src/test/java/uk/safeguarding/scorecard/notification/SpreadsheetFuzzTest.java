package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.Mutations;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

/**
 * Mutates real XLSX, XLS and CSV files (the shared corpus and the shipped sample) for a bounded
 * time and reads and validates each mutant as the notifications job does (the same row reader): every mutant is
 * read or ends in a file-level finding, never a crash. Longer runs:
 * {@code mvn -B test -Dtest=SpreadsheetFuzzTest -Dfuzz.seconds=600}.
 */
class SpreadsheetFuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedSpreadsheetsNeverCrashTheReader() throws Exception {
        List<Path> seeds = Mutations.seeds(List.of("xlsx", "csv"), Path.of("input/notifications/notifications-2024-25.xlsx"));
        NotificationColumns columns = NotificationColumns.load(Path.of("job-config"));
        RowValidator validator = new RowValidator(columns, PartnershipDirectory.load(Path.of("job-config")),
                LocalDate.of(2025, 6, 30));
        Random random = new Random(Long.getLong("fuzz.seed", 20182));
        long end = System.currentTimeMillis() + Mutations.budgetMillis();
        List<String> crashes = new ArrayList<>();
        int mutants = 0;
        while (System.currentTimeMillis() < end) {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            Path mutant = Files.createDirectories(dir.resolve("m" + mutants))
                    .resolve(seed.getFileName().toString());
            Files.write(mutant, Mutations.mutate(Files.readAllBytes(seed), random));
            mutants++;
            NotificationRowReader reader = new NotificationRowReader(List.of(mutant), mutant.getParent(), columns, validator);
            try {
                reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
                for (RowOutcome row = reader.read(); row != null; row = reader.read()) {
                    assertThat(row.source().file()).isEqualTo(seed.getFileName().toString());
                }
            } catch (Throwable t) {
                crashes.add(seed.getFileName() + " mutant " + mutants + ": " + t);
            } finally {
                reader.close();
            }
        }
        assertThat(mutants).isGreaterThan(50);
        assertThat(crashes).isEmpty();
    }
}
