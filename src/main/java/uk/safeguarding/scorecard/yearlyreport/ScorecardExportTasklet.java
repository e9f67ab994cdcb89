package uk.safeguarding.scorecard.yearlyreport;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import uk.safeguarding.scorecard.InputFolder;
import uk.safeguarding.scorecard.Sha256;
import uk.safeguarding.scorecard.export.CsvOutput;
import uk.safeguarding.scorecard.export.RunSummaryFile;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;
import uk.safeguarding.scorecard.rubric.Rubric;
import uk.safeguarding.scorecard.rubric.RubricLoader;
import uk.safeguarding.scorecard.store.AssessmentRepository;
import uk.safeguarding.scorecard.store.DocumentAssessment;

/**
 * Writes every yearly-reports output from the store: the full scorecards for all input files,
 * whether they were scored in this run or an earlier one. Each file is written atomically.
 */
class ScorecardExportTasklet implements Tasklet {
    static final String STEP_NAME = "exportScorecards";
    private final AssessmentRepository store;

    ScorecardExportTasklet(AssessmentRepository store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        YearlyReportParameters p = YearlyReportParameters.from(job.getJobParameters());
        Rubric rubric = RubricLoader.load(p.config(), p.rubricId());
        String key = YearlyReportParameters.scoringKey(rubric);
        Map<String, DocumentAssessment> stored = store.findAll(key);
        List<ScoredInput> assessed = new ArrayList<>();
        for (InputDocument doc : InputFolder.list(p.input()).stream().map(InputDocument::of).toList()) {
            DocumentAssessment a = stored.get(Sha256.of(doc.file()));
            if (a == null) {
                throw new IllegalStateException(doc.fileName() + " changed while the job ran; run the job again");
            }
            assessed.add(new ScoredInput(doc, a));
        }
        SubmissionsRegister register = p.register() == null ? SubmissionsRegister.empty() : SubmissionsRegister.load(p.register());
        YearlyReportResults results = new ScorecardAssembler(rubric, register, RatingOverrides.load(p.config(), rubric),
                PartnershipDirectory.load(p.config()), p.asOf()).assemble(assessed);

        Path out = p.output();
        CsvOutput.write(out.resolve("yearly-report-scorecard.csv"), results.scorecardHeader(), results.scorecard());
        CsvOutput.write(out.resolve("requirement-ratings.csv"), YearlyReportResults.RATINGS_HEADER, results.ratings());
        CsvOutput.write(out.resolve("evidence.csv"), YearlyReportResults.EVIDENCE_HEADER, results.evidence());
        CsvOutput.write(out.resolve("rejects.csv"), YearlyReportResults.REJECTS_HEADER, results.rejects());
        YearlyReportWorkbook.write(out.resolve("yearly-report-scorecard.xlsx"), results, rubric);

        Map<String, Object> summary = summary(job, assessed.size(), results, rubric);
        RunSummaryFile.write(out.resolve("run-summary.json"), summary);
        ExecutionContext ctx = job.getExecutionContext();
        summary.forEach((k, v) -> ctx.put(k, String.valueOf(v)));
        return RepeatStatus.FINISHED;
    }

    private static Map<String, Object> summary(JobExecution job, int read, YearlyReportResults results, Rubric rubric) {
        long scoredNow = job.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(YearlyReportJobConfiguration.SCORE_STEP + ":"))
                .mapToLong(StepExecution::getWriteCount).sum();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", "yearly-reports");
        m.put("job_instance_id", job.getJobInstance().getInstanceId());
        m.put("job_execution_id", job.getId());
        m.put("started", job.getStartTime() == null ? null : job.getStartTime().toString());
        m.put("written", Instant.now().toString());
        m.put("rubric", rubric.id());
        m.put("rubric_version", rubric.version());
        m.put("files_read", read);
        m.put("assessed_now", scoredNow);
        m.put("unchanged", read - scoredNow);
        m.put("reports_scored", results.scored());
        m.put("files_rejected", results.rejects().size());
        m.put("rejected_by_reason", results.rejectedByReason());
        m.put("missing_reports", results.missing());
        m.put("deadlines_missed", results.deadlinesMissed());
        m.put("output", job.getJobParameters().getString("output"));
        return m;
    }
}
