package uk.safeguarding.scorecard;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows how far a chunked step has got: on a terminal a live line (done of total, rate, time
 * left), under a scheduler a plain log line every half minute. Counts only, never row values.
 */
public final class ProgressListener<I, O> implements ChunkListener<I, O>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long TERMINAL_EVERY_NANOS = Duration.ofMillis(500).toNanos();
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final String what;
    private final IntSupplier total;
    private final boolean terminal = System.console() != null;
    private final PrintStream out = System.out;
    private StepExecution step;
    private long started;
    private long lastShown;

    /** @param total how many items the step will read, or a negative number when unknown */
    public ProgressListener(String what, IntSupplier total) {
        this.what = what;
        this.total = total;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        started = System.nanoTime();
        lastShown = started;
    }

    @Override
    public void afterChunk(Chunk<O> chunk) {
        long now = System.nanoTime();
        if (now - lastShown >= (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            lastShown = now;
            show(now, false);
        }
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal) {
            show(System.nanoTime(), true);
        }
        return null;
    }

    private void show(long now, boolean last) {
        long done = step.getReadCount();
        if (done == 0 && !last) {
            return;
        }
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        int all = total.getAsInt();
        String line = all >= 0
                ? String.format(Locale.ROOT, "%s: %d of %d (%.1f/s, about %s left)", what, done, all, rate,
                        left(rate == 0 ? 0 : (all - done) / rate))
                : String.format(Locale.ROOT, "%s: %d (%.0f/s)", what, done, rate);
        if (terminal) {
            out.print("\r" + line + "    " + (last ? "\n" : ""));
            out.flush();
        } else {
            log.info(line);
        }
    }

    private static String left(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }
}
