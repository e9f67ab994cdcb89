package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.export.CsvTable;

/**
 * Runs both jobs, as the packaged jar with {@code -Xmx512m}, over every file of the shared
 * corpus of real malformed and tricky files (read in place from {@code ../shared/corpus}): both
 * exit 0, every file is processed or rejected, and each outcome is what the corpus manifest says a
 * careful reader should conclude. Skipped with a message where {@code ../shared} is absent, never
 * under {@code CI=true}.
 */
class CorpusJobsIT {
    private static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
    private static final Map<String, String> REPORT_REASON = Map.of("encrypted", "ENCRYPTED", "corrupt", "CORRUPT",
            "no-text", "NO_TEXT", "wrong-format", "UNSUPPORTED_FORMAT", "empty", "EMPTY");
    private static final Map<String, Set<String>> SPREADSHEET_RULES = Map.of(
            "readable", Set.of("no_header"), "encrypted", Set.of("file_encrypted"), "corrupt", Set.of("file_unreadable"),
            "wrong-format", Set.of("file_unsupported", "file_unreadable"), "empty", Set.of("file_empty", "no_header"));
    /** Readable files this product declines, with the rule it must give them. */
    private static final Map<String, String> DECLINED = Map.of("xlsx/SampleSS.strict.xlsx", "file_unsupported");

    @TempDir
    static Path work;
    static Map<String, String> manifest = new HashMap<>();

    @BeforeAll
    static void corpus() {
        if (!Files.isRegularFile(CORPUS.resolve("MANIFEST.csv"))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("../shared/corpus must be beside the clone under CI");
            }
            assumeTrue(false, "../shared/corpus is absent: skipping the corpus job test");
        }
        CsvTable.read(CORPUS.resolve("MANIFEST.csv"), "file", "expected").rows()
                .forEach(r -> manifest.put(r.get("file"), r.get("expected")));
    }

    @Test
    void yearlyReportsJobConcludesWhatTheManifestSaysForEveryPdfAndDocx() throws Exception {
        for (String folder : List.of("pdf", "docx")) {
            Path out = work.resolve("reports-" + folder);
            assertThat(run("yearly-reports", folder, out)).as(folder).isZero();
            Map<String, String> rejected = new HashMap<>();
            CsvTable.read(out.resolve("rejects.csv")).rows().forEach(r -> rejected.put(r.get("file"), r.get("reason_code")));
            List<String> scored = CsvTable.read(out.resolve("yearly-report-scorecard.csv")).rows().stream()
                    .map(r -> r.get("file")).toList();
            List<String> wrong = new ArrayList<>();
            manifest.forEach((file, expected) -> {
                if (!file.startsWith(folder + "/")) {
                    return;
                }
                String name = file.substring(folder.length() + 1);
                String actual = rejected.containsKey(name) ? rejected.get(name) : scored.contains(name) ? "scored" : "absent";
                String wanted = expected.equals("readable") ? "scored" : REPORT_REASON.get(expected);
                if (!actual.equals(wanted)) {
                    wrong.add(file + ": expected " + wanted + ", got " + actual);
                }
            });
            assertThat(wrong).as(folder).isEmpty();
        }
    }

    @Test
    void notificationsJobAccountsForEverySpreadsheetAndCsv() throws Exception {
        for (String folder : List.of("xlsx", "csv")) {
            Path out = work.resolve("notifications-" + folder);
            assertThat(run("notifications", folder, out)).as(folder).isZero();
            Map<String, String> fileRule = new HashMap<>();
            CsvTable.read(out.resolve("data-quality.csv")).rows().stream().filter(r -> !r.get("rule").startsWith("rows_"))
                    .forEach(r -> fileRule.put(r.get("file"), r.get("rule")));
            List<String> wrong = new ArrayList<>();
            manifest.forEach((file, expected) -> {
                if (!file.startsWith(folder + "/")) {
                    return;
                }
                String rule = fileRule.getOrDefault(file.substring(folder.length() + 1), "absent");
                Set<String> wanted = DECLINED.containsKey(file) ? Set.of(DECLINED.get(file)) : SPREADSHEET_RULES.get(expected);
                if (!wanted.contains(rule)) {
                    wrong.add(file + ": expected one of " + wanted + ", got " + rule);
                }
            });
            assertThat(wrong).as(folder).isEmpty();
        }
    }

    private static int run(String job, String folder, Path out) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                Path.of("target", "scorecard.jar").toAbsolutePath().toString(), job, "--input",
                CORPUS.resolve(folder).toString(), "--output", out.toString(), "--data",
                work.resolve("data-" + job + "-" + folder).toString(), "--as-of", "2025-06-30");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(job + "-" + folder + ".log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s over %s finished in time", job, folder).isTrue();
        return p.exitValue();
    }
}
