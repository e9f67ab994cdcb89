package uk.safeguarding.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/** Options every job command takes (DESIGN.md section 3). */
class JobOptions {
    @Option(names = "--input", paramLabel = "PATH", description = "Folder (or single file) to read. Default: ${DEFAULT-VALUE}")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Where this run's files go; created if missing. "
            + "Default: output/<command>/<run timestamp>/")
    Path output;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "job-config",
            description = "The job-config folder. Default: ${DEFAULT-VALUE}")
    Path config;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date deadlines are judged on (yyyy-MM-dd). Default: today")
    LocalDate asOf;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where the embedded H2 database lives. Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--profile", paramLabel = "NAME", description = "'postgres' to use PostgreSQL "
            + "(SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD). Default: embedded H2")
    String profile;

    LocalDate asOfOrToday() {
        return asOf == null ? LocalDate.now() : asOf;
    }

    Path outputOrDefault(String command) {
        return output != null ? output
                : Path.of("output", command, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
