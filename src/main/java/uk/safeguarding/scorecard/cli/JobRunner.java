package uk.safeguarding.scorecard.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.scorecard.ScorecardApplication;
import uk.safeguarding.scorecard.store.RunLock;

/**
 * Starts a batch job in a Spring context and turns the outcome into an exit code.
 *
 * <p>One run of a job at a time: a second one exits with code 3 ({@link RunLock}). Re-running the
 * same command after a failed or killed run restarts that run (same job instance, same output
 * folder): its identifying parameters are everything but the output folder and a {@code run}
 * number. After a completed run, the same command starts a new run.
 */
final class JobRunner {
    private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    private final PrintStream out;
    private final Runnable beforeLaunch;

    JobRunner(PrintStream out) {
        this(out, () -> { });
    }

    /** @param beforeLaunch runs once the context has started, just before the job is launched (the benchmark settles there) */
    JobRunner(PrintStream out, Runnable beforeLaunch) {
        this.out = out;
        this.beforeLaunch = beforeLaunch;
    }

    /**
     * @param params the identifying business parameters (no run number, no output folder)
     * @param output where outputs go for a new run
     * @param summary prints the end-of-run summary from the finished execution
     */
    int run(String jobName, JobOptions options, JobParameters params, String output, Consumer<JobExecution> summary) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("scorecard.data-dir", options.data.toAbsolutePath().toString());
        properties.put("spring.config.additional-location", "optional:file:" + options.config.toAbsolutePath() + "/");
        SpringApplicationBuilder app = new SpringApplicationBuilder(ScorecardApplication.class)
                .web(WebApplicationType.NONE).properties(properties);
        if (options.profile != null) {
            app.profiles(options.profile);
        }
        try (ConfigurableApplicationContext ctx = app.run()) {
            Optional<AutoCloseable> lock = ctx.getBean(RunLock.class).tryAcquire(jobName);
            if (lock.isEmpty()) {
                out.println("Another " + jobName + " run is in progress on this database; wait for it to finish (exit 3).");
                return ExitCode.ALREADY_RUNNING;
            }
            try (AutoCloseable held = lock.get()) {
                beforeLaunch.run();
                JobExecution execution = launch(ctx, jobName, params, output);
                summary.accept(execution);
                return execution.getStatus() == BatchStatus.COMPLETED ? ExitCode.COMPLETED : ExitCode.FAILED;
            }
        } catch (Exception e) {
            if (isDatabaseLocked(e)) {
                out.println("Another " + jobName + " run is using the database in " + options.data
                        + "; wait for it to finish (exit 3).");
                return ExitCode.ALREADY_RUNNING;
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }
    }

    private JobExecution launch(ConfigurableApplicationContext ctx, String jobName, JobParameters params, String output) {
        JobOperator operator = ctx.getBean(JobOperator.class);
        JobRepository repository = ctx.getBean(JobRepository.class);
        Job job = ctx.getBeansOfType(Job.class).values().stream().filter(j -> j.getName().equals(jobName)).findFirst()
                .orElseThrow();
        recoverStaleRuns(operator, repository, jobName);
        JobExecution lastExecution = lastExecution(repository, jobName);
        try {
            if (lastExecution != null && sameBusinessParameters(lastExecution.getJobParameters(), params)) {
                if (RESTARTABLE.contains(lastExecution.getStatus())) {
                    out.println("Restarting the unfinished run " + lastExecution.getId() + " (output "
                            + lastExecution.getJobParameters().getString("output") + ")");
                    return operator.restart(lastExecution);
                }
            }
            long run = lastExecution == null ? 1 : runNumber(lastExecution.getJobParameters()) + 1;
            JobParameters next = new JobParametersBuilder(params).addLong("run", run)
                    .addString("output", output, false).toJobParameters();
            return operator.start(job, next);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start " + jobName + ": " + e.getMessage(), e);
        }
    }

    /**
     * A run we hold the lock for cannot have a live twin, so any execution still marked as running
     * was left by a crash or a kill: mark it failed, so it can be restarted.
     */
    private void recoverStaleRuns(JobOperator operator, JobRepository repository, String jobName) {
        for (JobExecution stale : repository.findRunningJobExecutions(jobName)) {
            out.println("Recovering run " + stale.getId() + " left unfinished by a crash or kill");
            operator.recover(stale);
        }
    }

    /**
     * The latest run's last execution, or null. A run killed between recording its instance and its
     * first execution has neither steps nor data: it is discarded, so the same command starts afresh.
     */
    private JobExecution lastExecution(JobRepository repository, String jobName) {
        JobInstance last = repository.getLastJobInstance(jobName);
        JobExecution execution = last == null ? null : repository.getLastJobExecution(last);
        if (last != null && execution == null) {
            out.println("Discarding run " + last.getInstanceId() + ", killed before it started");
            repository.deleteJobInstance(last);
            return lastExecution(repository, jobName);
        }
        return execution;
    }

    /** What failed, and how to go on. */
    static void printFailure(JobExecution execution) {
        execution.getAllFailureExceptions().forEach(e -> System.out.println("  failed: " + e.getMessage()));
        System.out.println("  Run the same command again to restart it.");
    }

    private static boolean sameBusinessParameters(JobParameters previous, JobParameters requested) {
        Map<String, Object> a = new HashMap<>();
        Map<String, Object> b = new HashMap<>();
        for (JobParameter<?> p : previous.parameters()) {
            if (p.identifying() && !p.name().equals("run")) {
                a.put(p.name(), p.value());
            }
        }
        for (JobParameter<?> p : requested.parameters()) {
            b.put(p.name(), p.value());
        }
        return a.equals(b);
    }

    private static long runNumber(JobParameters p) {
        Long run = p.getLong("run");
        return run == null ? 0 : run;
    }

    private static boolean isDatabaseLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }
}
