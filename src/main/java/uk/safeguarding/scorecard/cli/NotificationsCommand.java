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
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.notification.NotificationColumns;

/** {@code scorecard notifications}: ingest notification spreadsheets, check them, and judge every deadline. */
@Command(name = "notifications", mixinStandardHelpOptions = true,
        description = "Ingests serious incident notification spreadsheets (XLSX, XLS, CSV) into the store, checks every "
                + "row, computes the notification, rapid review and LCSPR deadlines in working days as of --as-of, and "
                + "writes timeliness scorecards, the national summary, a data-quality report and rejects.")
class NotificationsCommand implements Callable<Integer> {
    static final String NAME = "notifications";

    @Mixin
    JobOptions options;

    @Override
    public Integer call() {
        Path input = (options.input == null ? Path.of("input", "notifications") : options.input).toAbsolutePath();
        if (!Files.exists(input)) {
            throw new ConfigurationException("Input " + input + " does not exist");
        }
        NotificationColumns.load(options.config); // fail fast (exit 2) on a bad column configuration
        JobParameters params = new JobParametersBuilder()
                .addString("input", input.toString())
                .addString("config", options.config.toAbsolutePath().toString())
                .addLocalDate("asOf", options.asOfOrToday())
                .toJobParameters();
        String output = options.outputOrDefault(NAME).toAbsolutePath().toString();
        return new JobRunner(System.out).run(NAME, options, params, output, NotificationsCommand::printSummary);
    }

    private static void printSummary(JobExecution execution) {
        ExecutionContext c = execution.getExecutionContext();
        System.out.println();
        System.out.println("notifications " + execution.getStatus() + " (run " + execution.getId() + ")");
        if (!c.containsKey("rows_read")) {
            JobRunner.printFailure(execution);
            return;
        }
        System.out.printf("  files             %s%n", c.getString("files"));
        System.out.printf("  rows read         %s (loaded %s, rejected %s, loaded with warnings %s)%n", c.getString("rows_read"),
                c.getString("rows_loaded"), c.getString("rows_rejected"), c.getString("rows_warned"));
        System.out.printf("  loaded rows       %s new, %s changed, %s unchanged%n", c.getString("rows_new"),
                c.getString("rows_changed"), c.getString("rows_unchanged"));
        System.out.printf("  notifications     %s in the store%n", c.getString("notifications_in_store"));
        System.out.printf("  overdue now       %s (as of %s)%n", c.getString("overdue_now"), c.getString("as_of"));
        System.out.printf("  outputs           %s%n", c.getString("output"));
    }
}
