package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap test's child JVM: the benchmark's own collector and compiler choices, but its own heap limit. */
class BenchmarkHeapTestVmTest {

    @Test
    void keepsTheCollectorAndCompilerChoicesAndDropsMemorySizesAndFileWriters() {
        List<String> parent = List.of("-XX:+UseParallelGC", "-Xmx6g", "-Xms1g", "-XX:MaxHeapSize=6442450944",
                "-XX:TieredStopAtLevel=1", "-XX:MaxRAMPercentage=50", "-XX:NewSize=600m", "-XX:+UseTransparentHugePages",
                "-Dscorecard.threads=2", "-agentpath:/tmp/libprofiler.so=start", "-Xlog:gc:file=gc.log",
                "-XX:StartFlightRecording=filename=bench.jfr", "-XX:ArchiveClassesAtExit=app.jsa");

        assertThat(BenchmarkCommand.childVmOptions(parent))
                .containsExactly("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages");
    }

    @Test
    void aJvmStartedWithoutOptionsGivesNone() {
        assertThat(BenchmarkCommand.childVmOptions(List.of())).isEmpty();
    }
}
