package uk.safeguarding.scorecard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.safeguarding.scorecard.sampledata.NotificationSampleGenerator;
import uk.safeguarding.scorecard.sampledata.SampleDataGenerator;

/** {@code scorecard generate-sample-data}: realistic fictional inputs for demos, tests and benchmarks. */
@Command(name = "generate-sample-data", mixinStandardHelpOptions = true,
        description = "Writes fictional yearly reports (PDF and DOCX of varied quality) to DIR/yearly-reports/ and "
                + "their submissions register to DIR/register/submissions.csv, and fictional serious incident "
                + "notifications to DIR/notifications/notifications-2024-25.xlsx. Without --reports it writes the "
                + "showcase set shipped in input/.")
class GenerateSampleDataCommand implements Callable<Integer> {

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write into")
    Path output;

    @Option(names = "--reports", paramLabel = "N", description = "Number of reports with random profiles")
    Integer reports;

    @Option(names = "--pages-per-report", paramLabel = "P", defaultValue = "4", description = "Pages per report. Default: ${DEFAULT-VALUE}")
    int pages;

    @Option(names = "--notification-rows", paramLabel = "R", description = "Notification rows (one per child) "
            + "to write. Default: 300 without --reports, else 0 (no notifications file)")
    Integer notificationRows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2018", description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() throws IOException {
        int written = new SampleDataGenerator().generate(output, reports, pages, seed).size();
        System.out.println("Wrote " + written + " reports and a register to " + output);
        int rows = notificationRows != null ? notificationRows : reports == null ? 300 : 0;
        if (rows > 0) {
            Path file = output.resolve("notifications").resolve("notifications-2024-25.xlsx");
            new NotificationSampleGenerator(Path.of("job-config")).writeXlsx(file, rows, seed);
            System.out.println("Wrote " + rows + " notification rows to " + file);
        }
        return ExitCode.COMPLETED;
    }
}
