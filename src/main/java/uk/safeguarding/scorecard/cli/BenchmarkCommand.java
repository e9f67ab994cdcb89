package uk.safeguarding.scorecard.cli;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.safeguarding.scorecard.benchmark.BareBaselines;
import uk.safeguarding.scorecard.export.CsvOutput;
import uk.safeguarding.scorecard.sampledata.NotificationSampleGenerator;
import uk.safeguarding.scorecard.sampledata.SampleDataGenerator;

/**
 * {@code scorecard benchmark}: generates its data, then measures side by side in one process,
 * after a warm-up, the median of several round-robin repetitions: the yearly-reports job against
 * bare PDFBox extraction of the same files on the same threads; the notifications ingest against a bare
 * fastexcel read of the same XLSX; N against 2N inputs for both; and the 1,000,000-row ingest in
 * child JVMs under heap limits. Prints a table and writes {@code benchmark.csv}.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measures the jobs against bare library baselines, N against 2N inputs, and the heap a "
                + "1,000,000-row ingest needs; prints a table and writes benchmark.csv (measure, value, target).")
class BenchmarkCommand implements Callable<Integer> {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final long SETTLE_MS = 300;
    private static final long MAX_SETTLE_MS = 10_000;

    @Option(names = "--output", paramLabel = "DIR", description = "Where data and benchmark.csv go. Default: output/benchmark")
    Path output = Path.of("output", "benchmark");

    @Option(names = "--reports", defaultValue = "150",
            description = "N reports (and 2N). Default: ${DEFAULT-VALUE}, about a national year (one per partnership)")
    int reports;

    @Option(names = "--pages-per-report", defaultValue = "16", description = "Default: ${DEFAULT-VALUE}")
    int pages;

    @Option(names = "--rows", defaultValue = "100000", description = "N notification rows (and 2N). Default: ${DEFAULT-VALUE}")
    int rows;

    @Option(names = "--repetitions", defaultValue = "5", description = "Measured repetitions after the warm-up. Default: ${DEFAULT-VALUE}")
    int repetitions;

    @Option(names = "--warm-ups", defaultValue = "8",
            description = "Unmeasured rounds of every measure first (the JIT compiler is still compiling job code after the second; each round line shows how long). Default: ${DEFAULT-VALUE}")
    int warmUps;

    @Option(names = "--threads", description = "Threads for scoring and for the PDFBox baseline. Default: all processors")
    Integer threads;

    @Option(names = "--million-rows", defaultValue = "1000000", description = "Rows of the heap test (0 skips it). Default: ${DEFAULT-VALUE}")
    int millionRows;

    @Option(names = "--heap-limits", defaultValue = "256,192,128,96,80,64", split = ",",
            description = "-Xmx values (MB) tried for the heap test, largest first. Default: ${DEFAULT-VALUE}")
    List<Integer> heapLimits;

    private final List<List<String>> table = new ArrayList<>();
    /** The compiler's total time when the measure running now started (a job: when it was launched). */
    private long compileMillisAtStart;
    /** The process's CPU time (all threads) when the measure running now started. */
    private long cpuNanosAtStart;

    @Override
    public Integer call() throws Exception {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path work = output.resolve("work");
        Path reportsN = generateReports(work, reports);
        Path reports2N = generateReports(work, 2 * reports);
        Path rowsN = generateRows(work, rows);
        Path rows2N = generateRows(work, 2 * rows);
        List<Path> pdfsN = files(reportsN, ".pdf");

        System.out.printf("Benchmark on %d processor(s), %d thread(s); medians of %d rounds after %d warm-up round(s)%n",
                Runtime.getRuntime().availableProcessors(), t, repetitions, warmUps);
        Map<String, Measure> measures = new LinkedHashMap<>();
        measures.put("bare", () -> time(() -> BareBaselines.pdfText(pdfsN, t)));
        measures.put("bare1", () -> time(() -> BareBaselines.pdfText(pdfsN, 1)));
        measures.put("bareNoOverlapCheck", () -> time(() -> BareBaselines.pdfTextWithoutOverlapCheck(pdfsN, t)));
        measures.put("job", () -> jobSeconds("yearly-reports", reportsN, t, work));
        measures.put("job2N", () -> jobSeconds("yearly-reports", reports2N, t, work));
        measures.put("job1", () -> jobSeconds("yearly-reports", reportsN, 1, work));
        measures.put("read", () -> time(() -> BareBaselines.xlsxRead(rowsN.resolve("notifications.xlsx"))));
        measures.put("ingest", () -> ingestSeconds(rowsN, work));
        measures.put("ingest2N", () -> ingestSeconds(rows2N, work));
        Map<String, String> shownRatios = new LinkedHashMap<>(); // measure -> what each round line divides it by
        shownRatios.put("job", "bare");
        shownRatios.put("job2N", "job");
        shownRatios.put("ingest", "read");
        shownRatios.put("ingest2N", "ingest");
        Rounds m = interleaved(measures, shownRatios);

        row("bare_pdfbox_extraction_s", m.median("bare"), "");
        row("bare_pdfbox_extraction_1_thread_s", m.median("bare1"), "");
        row("reports_job_s", m.median("job"), "");
        row("reports_job_1_thread_s", m.median("job1"), "");
        row("reports_job_over_bare_pdfbox", m.medianRatio("job", "bare"), "<= 1.3");
        row("bare_pdfbox_without_overlap_check_s", m.median("bareNoOverlapCheck"), "");
        row("reports_job_over_pdfbox_without_overlap_check", m.medianRatio("job", "bareNoOverlapCheck"), "");
        row("reports_scaling_2n_over_n", m.medianRatio("job2N", "job"), "<= 2.2");
        row("bare_fastexcel_read_s", m.median("read"), "");
        row("notifications_ingest_s", m.median("ingest"), "");
        row("notifications_ingest_over_bare_read", m.medianRatio("ingest", "read"), "<= 1.5");
        row("notifications_scaling_2n_over_n", m.medianRatio("ingest2N", "ingest"), "<= 2.2");
        if (millionRows > 0) {
            Path million = generateRows(work, millionRows);
            Integer smallest = null;
            for (int mb : heapLimits) {
                boolean passed = childIngest(million, mb, work);
                System.out.printf("  %,d rows with -Xmx%dm: %s%n", millionRows, mb, passed ? "passed" : "failed");
                if (!passed) {
                    break;
                }
                smallest = mb;
            }
            row("notifications_1m_rows_heap_limit_mb", smallest == null ? -1 : smallest, "<= 256");
        }
        System.out.printf("%n%-46s %12s %10s%n", "measure", "value", "target");
        table.forEach(r -> System.out.printf("%-46s %12s %10s%n", r.get(0), r.get(1), r.get(2)));
        Files.createDirectories(output);
        CsvOutput.write(output.resolve("benchmark.csv"), List.of("measure", "value", "target"), table);
        System.out.println("\nWrote " + output.resolve("benchmark.csv"));
        return ExitCode.COMPLETED;
    }

    /** The data of earlier runs is used again only where it was generated with the same sizes. */
    private Path generateReports(Path work, int count) throws IOException {
        Path dir = work.resolve("reports-" + count + "x" + pages + "-pages");
        if (!Files.isDirectory(dir.resolve("yearly-reports"))) {
            new SampleDataGenerator().generate(dir, count, pages, 2018, true);
        }
        return dir.resolve("yearly-reports");
    }

    private Path generateRows(Path work, int count) throws IOException {
        Path dir = work.resolve("rows-" + count);
        Path file = dir.resolve("notifications.xlsx");
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(dir);
            new NotificationSampleGenerator(Path.of("job-config")).writeXlsx(file, count, 2018);
        }
        return dir;
    }

    /** The yearly-reports job's own run time (context start-up excluded), on a fresh database. */
    private double jobSeconds(String job, Path input, int threads, Path work) throws Exception {
        System.setProperty("scorecard.threads", String.valueOf(threads));
        try {
            JobExecution e = runJob(job, input, work, new JobParametersBuilder().addString("rubric", "wt2018-yearly-report")
                    .addString("register", ""));
            return seconds(e.getStartTime(), e.getEndTime());
        } finally {
            System.clearProperty("scorecard.threads");
        }
    }

    /** The notifications ingest step's run time, on a fresh database. */
    private double ingestSeconds(Path input, Path work) throws Exception {
        JobExecution e = runJob("notifications", input, work, new JobParametersBuilder());
        StepExecution ingest = e.getStepExecutions().stream().filter(s -> s.getStepName().equals("ingestNotifications"))
                .findFirst().orElseThrow();
        return seconds(ingest.getStartTime(), ingest.getEndTime());
    }

    private JobExecution runJob(String job, Path input, Path work, JobParametersBuilder params) throws Exception {
        Path run = Files.createTempDirectory(Files.createDirectories(work.resolve("runs")), job);
        try {
            return runJobIn(run, job, input, params);
        } finally {
            FileSystemUtils.deleteRecursively(run); // a run's database and outputs are not needed once timed
        }
    }

    private JobExecution runJobIn(Path run, String job, Path input, JobParametersBuilder params) throws Exception {
        JobOptions options = new JobOptions();
        options.config = Path.of("job-config");
        options.data = run.resolve("data");
        JobParameters p = params.addString("input", input.toAbsolutePath().toString())
                .addString("config", options.config.toAbsolutePath().toString()).addLocalDate("asOf", AS_OF).toJobParameters();
        JobExecution[] execution = new JobExecution[1];
        int code = new JobRunner(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), this::settle)
                .run(job, options, p, run.resolve("out").toString(), e -> execution[0] = e);
        if (code != ExitCode.COMPLETED) {
            throw new IllegalStateException(job + " failed during the benchmark (exit " + code + ")");
        }
        return execution[0];
    }

    private boolean childIngest(Path input, int heapMb, Path work) throws Exception {
        Path run = Files.createTempDirectory(Files.createDirectories(work.resolve("runs")), "million");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(childVmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        cmd.addAll(List.of("-Xmx" + heapMb + "m", "-jar", Path.of("target", "scorecard.jar").toAbsolutePath().toString(),
                "notifications", "--input", input.toAbsolutePath().toString(), "--output", run.resolve("out").toString(),
                "--data", run.resolve("data").toString(), "--as-of", AS_OF.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(run.resolve("run.log").toFile()).start();
        boolean passed = p.waitFor(30, TimeUnit.MINUTES) && p.exitValue() == 0;
        if (passed) {
            FileSystemUtils.deleteRecursively(run);
        } else {
            p.destroyForcibly();
            System.out.println("  (its log: " + run.resolve("run.log") + ")");
        }
        return passed;
    }

    /**
     * The heap test's JVM runs with this JVM's {@code -XX} options (the launcher's collector, or
     * whatever {@code SCORECARD_JAVA_OPTS} chose), so it tests the heap a run of the launcher needs,
     * not the JDK's default collector's. Options that size memory are left out (the limit is what
     * the test varies), and so are those that write files (a flight recording, a class archive),
     * which the child would write over the parent's.
     */
    static List<String> childVmOptions(List<String> vmArguments) {
        return vmArguments.stream().filter(a -> a.startsWith("-XX:")).filter(a -> Stream.of("Heap", "RAM", "Size",
                "FlightRecord", "Archive").noneMatch(a::contains)).toList();
    }

    private void row(String measure, double value, String target) {
        table.add(List.of(measure, String.format(Locale.ROOT, value == Math.rint(value) && Math.abs(value) > 10 ? "%.0f" : "%.3f",
                value), target));
    }

    /** A measurement that may throw. */
    @FunctionalInterface
    interface Measure {
        double seconds() throws Exception;
    }

    /** A piece of work to time. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs every measure {@code warmUps} times to warm up, then round-robin {@code repetitions}
     * times, so that drift on a shared machine (JIT, other load) touches every measure alike, each
     * started from a settled heap. Each round's line gives every measure's seconds and the time
     * the JIT compiler spent while it ran, which shows how far the rounds are from steady state,
     * then the round's own ratios ({@code ratios}: measure to the measure it is divided by), which
     * show how far the rounds spread around the medians reported.
     */
    private Rounds interleaved(Map<String, Measure> measures, Map<String, String> ratios) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            for (Measure m : measures.values()) {
                settle();
                m.seconds();
            }
        }
        Map<String, double[]> runs = new LinkedHashMap<>();
        measures.keySet().forEach(name -> runs.put(name, new double[repetitions]));
        Rounds rounds = new Rounds(runs);
        for (int i = 0; i < repetitions; i++) {
            StringBuilder line = new StringBuilder("  round " + (i + 1) + ":");
            for (Map.Entry<String, Measure> e : measures.entrySet()) {
                settle();
                double seconds = e.getValue().seconds();
                runs.get(e.getKey())[i] = seconds;
                line.append(String.format(Locale.ROOT, " %s %.3f s (CPU %.3f s, JIT %d ms)", e.getKey(), seconds,
                        (cpuNanos() - cpuNanosAtStart) / 1e9, compileMillis() - compileMillisAtStart));
            }
            String separator = " |";
            for (Map.Entry<String, String> r : ratios.entrySet()) {
                line.append(String.format(Locale.ROOT, "%s %s/%s %.3f", separator, r.getKey(), r.getValue(),
                        rounds.ratio(i, r.getKey(), r.getValue())));
                separator = ",";
            }
            System.out.println(line);
        }
        return rounds;
    }

    /** Each measure's seconds, round by round. */
    record Rounds(Map<String, double[]> runs) {
        double median(String measure) {
            return medianOf(runs.get(measure).clone());
        }

        /**
         * The median over rounds of one measure divided by another of the same round: a ratio of
         * two measures taken a few seconds apart, so slower and faster spells of a shared machine
         * cancel out.
         */
        double medianRatio(String measure, String over) {
            double[] ratios = new double[runs.get(measure).length];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = ratio(i, measure, over);
            }
            return medianOf(ratios);
        }

        /** One round's (counted from 0) measure divided by another of the same round. */
        double ratio(int round, String measure, String over) {
            return runs.get(measure)[round] / runs.get(over)[round];
        }

        private static double medianOf(double[] values) {
            java.util.Arrays.sort(values);
            int n = values.length;
            return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }
    }

    /**
     * Starts each measure from the same state: a full collection (so a concurrent collection the
     * previous measure left running does not take a core from this one), then a pause until the JIT
     * compiler has gone idle, so that compiling what ran before (for a job: the Spring context's
     * start-up, which is not part of the job's time) does not take a core from the measure. Notes
     * the compiler's total time then, to tell how long it compiled while the measure ran.
     */
    private void settle() {
        System.gc();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_SETTLE_MS);
        long compiled = compileMillis();
        try {
            do {
                Thread.sleep(SETTLE_MS);
                long before = compiled;
                compiled = compileMillis();
                if (compiled == before) {
                    break;
                }
            } while (System.nanoTime() < deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        compileMillisAtStart = compileMillis();
        cpuNanosAtStart = cpuNanos();
    }

    /** The CPU time of every thread of this process so far (0 where the JVM does not tell). */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** The JIT compiler's total time so far (0 where the JVM does not tell). */
    private static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static double time(Work w) throws Exception {
        long start = System.nanoTime();
        w.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double seconds(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        return Duration.between(start, end).toNanos() / 1e9;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
