package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a real run of each job with SIGKILL at several moments, starts the same command again,
 * and checks that it finishes with byte-identical CSVs to an uninterrupted run and leaves no
 * half-written file; and checks that a second run on a database in use exits 3. Runs the
 * packaged jar as a child process (in {@code mvn verify}).
 */
class RestartAfterKillIT {
    private static final Path JAR = Path.of("target", "scorecard.jar").toAbsolutePath();
    private static final String AS_OF = "2026-01-15";

    @TempDir
    static Path work;

    @BeforeAll
    static void generateInput() throws Exception {
        assertThat(run(List.of("generate-sample-data", "--output", work.resolve("in").toString(), "--reports", "60",
                "--pages-per-report", "6", "--notification-rows", "40000"), work.resolve("gen.log"))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"yearly-reports", "notifications"})
    void killedAtAnyMomentThenRestartedGivesTheSameOutputs(String job) throws Exception {
        Path reference = work.resolve(job + "-reference");
        assertThat(run(command(job, reference, work.resolve(job + "-reference-data")), work.resolve(job + "-ref.log"))).isZero();
        List<Path> csvs = csvFiles(reference);
        assertThat(csvs).isNotEmpty();
        for (long killAfterMillis : new long[] {2500, 4500, 7000, 10000}) {
            Path out = work.resolve(job + "-killed-" + killAfterMillis);
            Path data = work.resolve(job + "-data-" + killAfterMillis);
            Process p = start(command(job, out, data), work.resolve(job + "-" + killAfterMillis + "-killed.log"));
            if (!p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, nothing flushed
            }
            assertThat(run(command(job, out, data), work.resolve(job + "-" + killAfterMillis + "-restart.log")))
                    .as("%s restarted after a kill at %d ms", job, killAfterMillis).isZero();
            for (Path csv : csvs) {
                assertThat(Files.readAllBytes(out.resolve(csv.getFileName())))
                        .as("%s after a kill at %d ms", csv.getFileName(), killAfterMillis)
                        .isEqualTo(Files.readAllBytes(csv));
            }
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    /**
     * While one run has the embedded database open, a second run on it exits 3 at once; the first
     * completes. The first run reads a larger input (1,200 reports, about 20 s), so that it is still
     * running when the second starts: the shared 60 reports now take only a few seconds.
     */
    @org.junit.jupiter.api.Test
    void aSecondRunOnTheSameEmbeddedDatabaseExitsWithThree() throws Exception {
        Path large = work.resolve("in-large");
        assertThat(run(List.of("generate-sample-data", "--output", large.toString(), "--reports", "1200",
                "--pages-per-report", "6"), work.resolve("gen-large.log"))).isZero();
        Path data = work.resolve("shared-data");
        Process first = start(command("yearly-reports", large.resolve("yearly-reports"), work.resolve("first"), data),
                work.resolve("first.log"));
        Thread.sleep(4000); // the first run has its database open by now
        assertThat(first.isAlive()).as("first run still running").isTrue();
        assertThat(run(command("yearly-reports", work.resolve("second"), data), work.resolve("second.log"))).isEqualTo(3);
        assertThat(Files.readString(work.resolve("second.log"))).contains("Another yearly-reports run");
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isZero();
    }

    private static List<String> command(String job, Path out, Path data) {
        return command(job, work.resolve("in").resolve(job.equals("notifications") ? "notifications" : "yearly-reports"),
                out, data);
    }

    private static List<String> command(String job, Path input, Path out, Path data) {
        return List.of(job, "--input", input.toString(), "--output", out.toString(), "--data", data.toString(),
                "--as-of", AS_OF);
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static int run(List<String> args, Path log) throws Exception {
        Process p = start(args, log);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return p.exitValue();
    }

    private static Process start(List<String> args, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }
}
