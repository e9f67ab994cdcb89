package uk.safeguarding.scorecard.notification;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import uk.safeguarding.scorecard.InputFolder;
import uk.safeguarding.scorecard.ProgressListener;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

/**
 * The {@code notifications} job: ingest and validate rows into the store (chunked, restartable),
 * check rows of one notification against each other, then export deadlines and scorecards.
 */
@Configuration
class NotificationJobConfiguration {
    static final String JOB_NAME = "notifications";
    private static final int ROWS_PER_CHUNK = 500;

    @Bean
    Job notificationsJob(JobRepository repository, Step ingestNotifications, Step checkNotifications,
            Step exportNotifications) {
        return new JobBuilder(JOB_NAME, repository).start(ingestNotifications).next(checkNotifications)
                .next(exportNotifications).build();
    }

    @Bean
    Step ingestNotifications(JobRepository repository, PlatformTransactionManager tx, NotificationRowReader notificationRows,
            NotificationIngestWriter notificationWriter, NotificationRepository store) {
        return new StepBuilder("ingestNotifications", repository).<RowOutcome, RowOutcome>chunk(ROWS_PER_CHUNK)
                .transactionManager(tx).reader(notificationRows).writer(notificationWriter).listener(new IngestRewind(store))
                .listener(new ProgressListener<RowOutcome, RowOutcome>("rows", () -> -1)).build();
    }

    @Bean
    Step checkNotifications(JobRepository repository, PlatformTransactionManager tx, NotificationRepository store) {
        return new StepBuilder("checkNotifications", repository).tasklet((contribution, context) -> {
            store.flagDisagreeingDates(context.getStepContext().getStepExecution().getJobExecution().getJobInstance()
                    .getInstanceId());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step exportNotifications(JobRepository repository, PlatformTransactionManager tx, NotificationRepository store) {
        return new StepBuilder(NotificationExportTasklet.STEP_NAME, repository)
                .tasklet(new NotificationExportTasklet(store), tx).allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    NotificationRowReader notificationRows(@Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['config']}") String config, @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        Path root = Path.of(input);
        Path dir = Path.of(config);
        NotificationColumns columns = NotificationColumns.load(dir);
        return new NotificationRowReader(InputFolder.list(root), root.toFile().isDirectory() ? root : root.getParent(),
                columns, new RowValidator(columns, PartnershipDirectory.load(dir), asOf));
    }

    @Bean
    @StepScope
    NotificationIngestWriter notificationWriter(NotificationRepository store,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long runId) {
        return new NotificationIngestWriter(store, runId);
    }
}
