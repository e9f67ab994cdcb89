package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.export.CsvTable;

/**
 * Keeps {@code scorecard benchmark} working: a small run (tiny inputs, one repetition, a small
 * heap test) must write every measure of DESIGN.md section 9. The figures themselves come from the
 * full command, not from this test.
 */
class BenchmarkSmokeIT {
    @TempDir
    Path work;

    @Test
    void smallBenchmarkWritesEveryMeasure() throws Exception {
        Path out = work.resolve("bench");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "scorecard.jar").toAbsolutePath().toString(), "benchmark", "--output", out.toString(),
                "--reports", "4", "--pages-per-report", "3", "--rows", "2000", "--repetitions", "1", "--warm-ups", "0",
                "--million-rows", "3000", "--heap-limits", "128")
                .redirectErrorStream(true).redirectOutput(work.resolve("bench.log").toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<CsvTable.Row> rows = CsvTable.read(out.resolve("benchmark.csv"), "measure", "value", "target").rows();
        assertThat(rows).extracting(r -> r.get("measure")).contains("reports_job_over_bare_pdfbox",
                "notifications_ingest_over_bare_read", "notifications_1m_rows_heap_limit_mb", "reports_scaling_2n_over_n",
                "notifications_scaling_2n_over_n", "reports_job_over_pdfbox_without_overlap_check");
        assertThat(rows).allSatisfy(r -> assertThat(Double.parseDouble(r.get("value"))).isPositive());
        Path data = out.resolve("work"); // named by size, so a run with other sizes never measures this data
        assertThat(data.resolve("reports-4x3-pages").resolve("yearly-reports")).isDirectory();
        assertThat(data.resolve("reports-8x3-pages").resolve("yearly-reports")).isDirectory();
        assertThat(data.resolve("rows-2000").resolve("notifications.xlsx")).isRegularFile();
        assertThat(data.resolve("rows-4000").resolve("notifications.xlsx")).isRegularFile();
        assertThat(data.resolve("rows-3000").resolve("notifications.xlsx")).isRegularFile();
        try (Stream<Path> runs = Files.list(data.resolve("runs"))) {
            assertThat(runs).as("each timed run's database and outputs are deleted").isEmpty();
        }
        assertThat(Files.readString(work.resolve("bench.log")))
                .containsPattern("round 1: bare \\d+\\.\\d{3} s \\(CPU \\d+\\.\\d{3} s, JIT \\d+ ms\\) .* ingest2N \\d+\\.\\d{3} s \\(CPU \\d+\\.\\d{3} s, JIT \\d+ ms\\)"
                        + " \\| job/bare \\d+\\.\\d{3}, job2N/job \\d+\\.\\d{3}, ingest/read \\d+\\.\\d{3}, ingest2N/ingest \\d+\\.\\d{3}");
    }
}
