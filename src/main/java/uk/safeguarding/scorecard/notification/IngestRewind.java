package uk.safeguarding.scorecard.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Before the ingest step starts or restarts, moves its resume position back to the start of the
 * last chunk it recorded and forgets the run's counts and findings from there on.
 *
 * <p>Why: a run killed while a chunk was being written can leave part of that uncommitted chunk in
 * the embedded database, and its saved position can be ahead of or behind what was really stored
 * (measured: counts of an uncommitted chunk survived a kill -9 while its rows did not). Reading the
 * last chunk again from a clean slate gives the same outputs as a run that was never interrupted.
 */
class IngestRewind implements StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(IngestRewind.class);

    private final NotificationRepository store;

    IngestRewind(NotificationRepository store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        int position = context.getInt(NotificationRowReader.POSITION_KEY, 0);
        long from = store.rewind(runId, position);
        if (context.containsKey(NotificationRowReader.POSITION_KEY)) {
            context.putInt(NotificationRowReader.POSITION_KEY, Math.toIntExact(from));
            log.info("Resuming the ingest after {} rows (the last chunk before the interruption is read again)", from);
        }
    }
}
