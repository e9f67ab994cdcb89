package uk.safeguarding.scorecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.rubric.RubricLoader;

/** {@code scorecard yearly-reports}: score yearly reports against a rubric and check their deadlines. */
@Command(name = "yearly-reports", mixinStandardHelpOptions = true,
        description = "Scores yearly reports (PDF, DOCX, HTML, TXT) against a rubric, checks the report deadlines "
                + "and writes scorecards (CSV and Excel), evidence and rejects.")
class YearlyReportsCommand implements Callable<Integer> {
    static final String NAME = "yearly-reports";

    @Mixin
    JobOptions options;

    @Option(names = "--register", paramLabel = "FILE", description = "Submissions register (CSV or XLSX). Default: "
            + "register/submissions.csv (or .xlsx) beside the input folder, if present")
    Path register;

    @Option(names = "--rubric", paramLabel = "ID", defaultValue = "wt2018-yearly-report",
            description = "Rubric to score against (job-config/rubrics/<ID>.yml). Default: ${DEFAULT-VALUE}")
    String rubric;

    @Override
    public Integer call() {
        Path input = (options.input == null ? Path.of("input", "yearly-reports") : options.input).toAbsolutePath();
        if (!Files.exists(input)) {
            throw new ConfigurationException("Input " + input + " does not exist");
        }
        RubricLoader.load(options.config, rubric); // fail fast (exit 2) on a bad rubric
        Path registerFile = register != null ? register : defaultRegister(input);
        if (registerFile != null && !Files.isRegularFile(registerFile)) {
            throw new ConfigurationException("Register " + registerFile + " does not exist");
        }
        JobParameters params = new JobParametersBuilder()
                .addString("input", input.toString())
                .addString("config", options.config.toAbsolutePath().toString())
                .addLocalDate("asOf", options.asOfOrToday())
                .addString("rubric", rubric)
                .addString("register", registerFile == null ? "" : registerFile.toAbsolutePath().toString())
                .toJobParameters();
        String output = options.outputOrDefault(NAME).toAbsolutePath().toString();
        return new JobRunner(System.out).run(NAME, options, params, output, this::printSummary);
    }

    private static Path defaultRegister(Path input) {
        Path folder = input.getParent() == null ? null : input.getParent().resolve("register");
        for (String name : new String[] {"submissions.csv", "submissions.xlsx"}) {
            if (folder != null && Files.isRegularFile(folder.resolve(name))) {
                return folder.resolve(name);
            }
        }
        return null;
    }

    private void printSummary(JobExecution execution) {
        ExecutionContext c = execution.getExecutionContext();
        System.out.println();
        System.out.println("yearly-reports " + execution.getStatus() + " (run " + execution.getId() + ")");
        if (!c.containsKey("files_read")) {
            JobRunner.printFailure(execution);
            return;
        }
        System.out.printf("  files read        %s (%s scored or rejected now, %s unchanged since an earlier run)%n",
                c.getString("files_read"), c.getString("assessed_now"), c.getString("unchanged"));
        System.out.printf("  reports scored    %s%n", c.getString("reports_scored"));
        System.out.printf("  files rejected    %s %s%n", c.getString("files_rejected"), c.getString("rejected_by_reason"));
        System.out.printf("  missing reports   %s (in the register, no file)%n", c.getString("missing_reports"));
        System.out.printf("  deadlines missed  %s%n", c.getString("deadlines_missed"));
        System.out.printf("  outputs           %s%n", c.getString("output"));
    }
}
