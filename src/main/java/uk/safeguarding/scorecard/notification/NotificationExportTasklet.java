package uk.safeguarding.scorecard.notification;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import uk.safeguarding.scorecard.calendar.DeadlineStatus;
import uk.safeguarding.scorecard.calendar.WorkingDayCalendar;
import uk.safeguarding.scorecard.export.CsvOutput;
import uk.safeguarding.scorecard.export.RunSummaryFile;
import uk.safeguarding.scorecard.export.SpilledRows;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

/**
 * Writes every notifications output from the store: deadlines for every stored notification as
 * of {@code --as-of} (streamed, one notification in memory at a time), timeliness per partnership
 * and year, the national summary, and this run's data-quality report and rejects.
 */
class NotificationExportTasklet implements Tasklet {
    static final String STEP_NAME = "exportNotifications";
    static final List<String> REJECTS_HEADER = List.of("file", "sheet", "row", "column", "value_digest", "rule", "message");
    static final List<String> QUALITY_HEADER = List.of("file", "sheet", "rule", "severity", "rows");
    static final List<String> OVERDUE_HEADER = List.of("notification_id", "partnership_code", "clock", "due", "days_overdue");

    private final NotificationRepository store;

    NotificationExportTasklet(NotificationRepository store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long runId = job.getJobInstance().getInstanceId();
        NotificationParameters p = NotificationParameters.from(job.getJobParameters());
        WorkingDayCalendar calendar = WorkingDayCalendar.load(p.config());
        PartnershipDirectory partnerships = PartnershipDirectory.load(p.config());
        NotificationColumns columns = NotificationColumns.load(p.config());
        Path out = p.output();

        TimelinessTable timeliness = new TimelinessTable();
        NationalSummary national = new NationalSummary(columns.ageBands());
        try (SpilledRows overdue = new SpilledRows()) {
            export(job, runId, p, calendar, partnerships, columns, out, timeliness, national, overdue);
        }
        return RepeatStatus.FINISHED;
    }

    private void export(JobExecution job, long runId, NotificationParameters p, WorkingDayCalendar calendar,
            PartnershipDirectory partnerships, NotificationColumns columns, Path out, TimelinessTable timeliness,
            NationalSummary national, SpilledRows overdue) {
        int[] notifications = {0};
        try (CsvOutput.Stream deadlines = CsvOutput.open(out.resolve("notification-deadlines.csv"), NotificationDeadlines.HEADER)) {
            List<NotificationRecord> group = new ArrayList<>();
            store.forEachNotification(r -> {
                if (!group.isEmpty() && !group.get(0).notificationId().equals(r.notificationId())) {
                    emit(group, calendar, p.asOf(), deadlines, timeliness, national, overdue);
                    notifications[0]++;
                    group.clear();
                }
                group.add(r);
            });
            if (!group.isEmpty()) {
                emit(group, calendar, p.asOf(), deadlines, timeliness, national, overdue);
                notifications[0]++;
            }
            deadlines.commit();
        }
        List<List<String>> timelinessRows = timeliness.rows(partnerships);
        List<List<String>> nationalRows = national.rows();
        CsvOutput.write(out.resolve("notification-timeliness.csv"), TimelinessTable.HEADER, timelinessRows);
        CsvOutput.write(out.resolve("national-summary.csv"), NationalSummary.HEADER, nationalRows);
        int[] rejected = {0};
        Map<String, Integer> byRule = new TreeMap<>();
        try (CsvOutput.Stream rejects = CsvOutput.open(out.resolve("notification-rejects.csv"), REJECTS_HEADER)) {
            store.forEachFinding(runId, f -> {
                byRule.merge(f.file() + "\u0000" + f.sheet() + "\u0000" + f.rule() + "\u0000" + (f.hard() ? "hard" : "soft"),
                        1, Integer::sum);
                if (f.hard()) {
                    rejects.row(List.of(f.file(), f.sheet(), String.valueOf(f.row()), f.column(), f.valueDigest(),
                            f.rule(), f.message()));
                    rejected[0]++;
                }
            });
            rejects.commit();
        }
        List<NotificationRepository.FileCounts> files = store.fileCounts(runId);
        List<List<String>> quality = dataQuality(files, byRule);
        CsvOutput.write(out.resolve("data-quality.csv"), QUALITY_HEADER, quality);
        NotificationWorkbook.write(out.resolve("notifications-scorecard.xlsx"), timelinessRows, overdue, nationalRows, quality);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", "notifications");
        summary.put("job_instance_id", runId);
        summary.put("job_execution_id", job.getId());
        summary.put("started", job.getStartTime() == null ? null : job.getStartTime().toString());
        summary.put("written", Instant.now().toString());
        summary.put("as_of", p.asOf().toString());
        summary.put("files", files.size());
        summary.put("rows_read", files.stream().mapToInt(NotificationRepository.FileCounts::read).sum());
        summary.put("rows_loaded", files.stream().mapToInt(NotificationRepository.FileCounts::loaded).sum());
        summary.put("rows_rejected", files.stream().mapToInt(NotificationRepository.FileCounts::rejected).sum());
        summary.put("rows_warned", files.stream().mapToInt(NotificationRepository.FileCounts::warned).sum());
        summary.put("rows_new", files.stream().mapToInt(NotificationRepository.FileCounts::added).sum());
        summary.put("rows_changed", files.stream().mapToInt(NotificationRepository.FileCounts::changed).sum());
        summary.put("rows_unchanged", files.stream().mapToInt(NotificationRepository.FileCounts::unchanged).sum());
        summary.put("notifications_in_store", notifications[0]);
        summary.put("overdue_now", overdue.size());
        summary.put("output", out.toString());
        RunSummaryFile.write(out.resolve("run-summary.json"), summary);
        ExecutionContext ctx = job.getExecutionContext();
        summary.forEach((k, v) -> ctx.put(k, String.valueOf(v)));
    }

    private static void emit(List<NotificationRecord> group, WorkingDayCalendar calendar, LocalDate asOf,
            CsvOutput.Stream deadlines, TimelinessTable timeliness, NationalSummary national, SpilledRows overdue) {
        NotificationDeadlines d = NotificationDeadlines.of(group, calendar, asOf);
        deadlines.row(d.csvRow());
        timeliness.add(d);
        national.add(d, group);
        addOverdue(overdue, d, "notification", d.notificationStatus(), d.notificationDue(), asOf);
        addOverdue(overdue, d, "rapid_review", d.rapidReviewStatus(), d.rapidReviewDue(), asOf);
        addOverdue(overdue, d, "lcspr", d.lcsprStatus(), d.lcsprDue(), asOf);
    }

    private static void addOverdue(SpilledRows overdue, NotificationDeadlines d, String clock, DeadlineStatus status,
            LocalDate due, LocalDate asOf) {
        if (status == DeadlineStatus.OVERDUE) {
            overdue.add(List.of(d.notificationId(), d.partnershipCode() == null ? "" : d.partnershipCode(), clock,
                    due.toString(), String.valueOf(ChronoUnit.DAYS.between(due, asOf))));
        }
    }

    private static List<List<String>> dataQuality(List<NotificationRepository.FileCounts> files, Map<String, Integer> byRule) {
        List<List<String>> rows = new ArrayList<>();
        for (NotificationRepository.FileCounts f : files) {
            rows.add(List.of(f.file(), f.sheet(), "rows_read", "", String.valueOf(f.read())));
            rows.add(List.of(f.file(), f.sheet(), "rows_loaded", "", String.valueOf(f.loaded())));
            rows.add(List.of(f.file(), f.sheet(), "rows_rejected", "", String.valueOf(f.rejected())));
            rows.add(List.of(f.file(), f.sheet(), "rows_warned", "", String.valueOf(f.warned())));
            byRule.forEach((key, count) -> {
                String[] k = key.split("\u0000", -1);
                if (k[0].equals(f.file()) && k[1].equals(f.sheet())) {
                    rows.add(List.of(f.file(), f.sheet(), k[2], k[3], String.valueOf(count)));
                }
            });
        }
        return rows;
    }
}
