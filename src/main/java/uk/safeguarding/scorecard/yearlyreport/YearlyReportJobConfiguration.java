package uk.safeguarding.scorecard.yearlyreport;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import uk.safeguarding.scorecard.InputFolder;
import uk.safeguarding.scorecard.ProgressListener;
import uk.safeguarding.scorecard.document.DocumentReader;
import uk.safeguarding.scorecard.document.ExtractionLimits;
import uk.safeguarding.scorecard.evidence.EvidenceScorer;
import uk.safeguarding.scorecard.rubric.Rubric;
import uk.safeguarding.scorecard.rubric.RubricLoader;
import uk.safeguarding.scorecard.store.AssessmentRepository;

/**
 * The {@code yearly-reports} job: score new or changed documents (partitioned across threads),
 * then export the scorecards.
 */
@Configuration
class YearlyReportJobConfiguration {
    static final String JOB_NAME = "yearly-reports";
    static final String SCORE_STEP = "scoreDocuments";
    private static final int DOCUMENTS_PER_CHUNK = 8;

    @Bean
    Job yearlyReportsJob(JobRepository repository, Step scoreDocumentsInPartitions, Step exportScorecards) {
        return new JobBuilder(JOB_NAME, repository).start(scoreDocumentsInPartitions).next(exportScorecards).build();
    }

    /**
     * Documents are scored on {@code scorecard.threads} threads (default 1; 0 = one per processor):
     * one partition per two threads, each a single-threaded, restartable chunk step over its share
     * of the files that reads its next document ahead on a second thread; with one thread, one
     * partition that does not read ahead.
     */
    @Bean
    Step scoreDocumentsInPartitions(JobRepository repository, Step scoreDocuments,
            @Value("${scorecard.threads:1}") int threads) {
        int partitions = Math.max(1, threads(threads) / 2);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("scoring-");
        executor.setConcurrencyLimit(partitions);
        return new StepBuilder(SCORE_STEP + "Partitioned", repository).partitioner(SCORE_STEP, new DocumentPartitioner())
                .step(scoreDocuments).gridSize(partitions).taskExecutor(executor).build();
    }

    /** The threads to score on: as configured, or one per processor for 0. */
    private static int threads(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    @Bean
    Step scoreDocuments(JobRepository repository, PlatformTransactionManager tx, InputDocumentReader documentReader,
            DocumentScoringProcessor scoringProcessor, AssessmentWriter assessmentWriter) {
        return new StepBuilder(SCORE_STEP, repository).<InputDocument, ScoredInput>chunk(DOCUMENTS_PER_CHUNK)
                .transactionManager(tx).reader(documentReader).processor(scoringProcessor).writer(assessmentWriter)
                .listener((StepExecutionListener) scoringProcessor)
                .listener(new ProgressListener<InputDocument, ScoredInput>("documents", documentReader::size))
                .build();
    }

    @Bean
    Step exportScorecards(JobRepository repository, PlatformTransactionManager tx, AssessmentRepository store) {
        return new StepBuilder(ScorecardExportTasklet.STEP_NAME, repository)
                .tasklet(new ScorecardExportTasklet(store), tx).allowStartIfComplete(true).build();
    }

    /** This partition's share of the input documents, in the stable file order. */
    @Bean
    @StepScope
    InputDocumentReader documentReader(@Value("#{jobParameters['input']}") String input,
            @Value("#{stepExecutionContext['partition']}") int partition,
            @Value("#{stepExecutionContext['partitions']}") int partitions) {
        List<InputDocument> all = InputFolder.list(Path.of(input)).stream().map(InputDocument::of).toList();
        return new InputDocumentReader(IntStream.range(0, all.size()).filter(i -> i % partitions == partition)
                .mapToObj(all::get).toList());
    }

    @Bean
    @StepScope
    DocumentScoringProcessor scoringProcessor(@Value("#{jobParameters['config']}") String config,
            @Value("#{jobParameters['rubric']}") String rubricId, AssessmentRepository store, ExtractionLimits limits,
            InputDocumentReader documentReader, @Value("${scorecard.threads:1}") int threads) {
        Rubric rubric = RubricLoader.load(Path.of(config), rubricId);
        return new DocumentScoringProcessor(new DocumentReader(limits), new EvidenceScorer(rubric), store,
                YearlyReportParameters.scoringKey(rubric), documentReader.documents(), threads(threads) > 1);
    }

    @Bean
    @StepScope
    AssessmentWriter assessmentWriter(@Value("#{jobParameters['config']}") String config,
            @Value("#{jobParameters['rubric']}") String rubricId, AssessmentRepository store) {
        return new AssessmentWriter(store, YearlyReportParameters.scoringKey(RubricLoader.load(Path.of(config), rubricId)));
    }
}
