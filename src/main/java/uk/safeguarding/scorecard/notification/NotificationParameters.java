package uk.safeguarding.scorecard.notification;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;

/** The notifications job's parameters, typed. */
record NotificationParameters(Path input, Path output, Path config, LocalDate asOf) {

    static NotificationParameters from(JobParameters p) {
        return new NotificationParameters(Path.of(p.getString("input")), Path.of(p.getString("output")),
                Path.of(p.getString("config")), p.getLocalDate("asOf"));
    }
}
