package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly-reports job writes the same scorecards however many threads score: one thread (one
 * partition, no reading ahead), two (one partition reading ahead) and four (two partitions, each
 * reading ahead), on the shipped input, which includes a damaged report.
 */
class ScoringThreadsTest {
    private static final List<String> OUTPUTS = List.of("yearly-report-scorecard.csv", "requirement-ratings.csv",
            "evidence.csv", "rejects.csv");

    @TempDir
    Path work;

    @Test
    void everyThreadCountGivesTheSameOutputs() throws IOException {
        Path one = run(1);
        for (int threads : new int[] {2, 4}) {
            Path other = run(threads);
            for (String file : OUTPUTS) {
                assertThat(other.resolve(file)).as("%s with %d threads", file, threads).hasSameBinaryContentAs(one.resolve(file));
            }
        }
        assertThat(Files.readString(one.resolve("rejects.csv"))).contains("CORRUPT");
    }

    private Path run(int threads) {
        Path out = work.resolve("out-" + threads);
        System.setProperty("scorecard.threads", String.valueOf(threads));
        try {
            int code = ScorecardCommand.execute("yearly-reports", "--input", "input/yearly-reports", "--output",
                    out.toString(), "--data", work.resolve("data-" + threads).toString(), "--as-of", "2026-01-15");
            assertThat(code).isZero();
        } finally {
            System.clearProperty("scorecard.threads");
        }
        return out;
    }
}
