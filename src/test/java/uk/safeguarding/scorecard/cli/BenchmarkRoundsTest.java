package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the benchmark turns round-robin measurements into its figures. */
class BenchmarkRoundsTest {

    @Test
    void ratioPairsTheMeasuresOfOneRound() {
        // the machine was twice as fast in round 2: paired, every round says the job costs 1.5 times the baseline
        BenchmarkCommand.Rounds rounds = new BenchmarkCommand.Rounds(Map.of(
                "job", new double[] {1.5, 0.75, 1.8},
                "bare", new double[] {1.0, 0.5, 1.2}));
        assertThat(rounds.medianRatio("job", "bare")).isEqualTo(1.5);
        assertThat(rounds.median("job")).isEqualTo(1.5);
        assertThat(rounds.median("bare")).isEqualTo(1.0);
    }

    @Test
    void ratioIsTheMedianOverRoundsNotTheRatioOfMedians() {
        BenchmarkCommand.Rounds rounds = new BenchmarkCommand.Rounds(Map.of(
                "ingest", new double[] {2.0, 4.0, 9.0},
                "read", new double[] {1.0, 4.0, 3.0}));
        assertThat(rounds.medianRatio("ingest", "read")).isEqualTo(2.0); // round ratios 2, 1 and 3
        assertThat(new double[] {rounds.ratio(0, "ingest", "read"), rounds.ratio(1, "ingest", "read"),
            rounds.ratio(2, "ingest", "read")}).containsExactly(2.0, 1.0, 3.0);
        assertThat(rounds.median("ingest") / rounds.median("read")).isNotEqualTo(2.0); // 4 / 3
    }
}
