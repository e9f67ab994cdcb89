package uk.safeguarding.scorecard.notification;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.JobScope;
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

    /**
     * Built once per job execution (job scope), so the reader and writer are plain objects: as
     * step-scoped beans every row read went through a scoped proxy (a scope lookup and a reflective
     * call per row, about a twentieth of the step thread's time).
     */
    @Bean
    @JobScope
    Step ingestNotifications(JobRepository repository, PlatformTransactionManager tx, NotificationRepository store,
            @Value("#{jobParameters['input']}") String input, @Value("#{jobParameters['config']}") String config,
            @Value("#{jobParameters['asOf']}") LocalDate asOf, @Value("#{jobExecution.jobInstance.instanceId}") long runId) {
        return new StepBuilder("ingestNotifications", repository).<RowOutcome, RowOutcome>chunk(ROWS_PER_CHUNK)
                .transactionManager(tx).reader(rowReader(Path.of(input), Path.of(config), asOf))
                .writer(new NotificationIngestWriter(store, runId)).listener(new IngestRewind(store))
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

    private static NotificationRowReader rowReader(Path root, Path dir, LocalDate asOf) {
        NotificationColumns columns = NotificationColumns.load(dir);
        return new NotificationRowReader(InputFolder.list(root), root.toFile().isDirectory() ? root : root.getParent(),
                columns, new RowValidator(columns, PartnershipDirectory.load(dir), asOf));
    }
}
