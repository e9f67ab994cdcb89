package uk.safeguarding.scorecard.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs an iterator on its own thread, a few batches ahead of the consumer, so parsing a
 * spreadsheet overlaps with validating and storing its rows.
 * Order is kept. A failure of the source reaches the consumer where it happened: after every
 * element read before it.
 * {@link #close()} stops the reading thread.
 */
final class ReadAheadIterator<T> implements Iterator<T>, AutoCloseable {
    private static final Object END = new Object();
    private static final long STOP_WAIT_MS = 2_000;
    private static final long POLL_MS = 100;

    private final BlockingQueue<Object> queue;
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<T> batch = Collections.emptyIterator();
    private boolean finished;

    /** Failure of the source, carried to the consumer. */
    private record Failure(Throwable error) {
    }

    ReadAheadIterator(Iterator<T> source, int batchSize, int batchesAhead, String threadName) {
        this.queue = new ArrayBlockingQueue<>(batchesAhead);
        this.reader = new Thread(() -> read(source, batchSize), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<T> source, int batchSize) {
        List<T> filling = new ArrayList<>(batchSize);
        Object last = END;
        try {
            while (!closed && source.hasNext()) {
                filling.add(source.next());
                if (filling.size() == batchSize) {
                    if (!hand(filling)) {
                        return;
                    }
                    filling = new ArrayList<>(batchSize);
                }
            }
        } catch (NoSuchElementException e) {
            // some library iterators say "no more" this way: it is the end of the rows
        } catch (RuntimeException | Error e) {
            last = new Failure(e);
        }
        if (filling.isEmpty() || hand(filling)) {
            hand(last);
        }
    }

    /** Queues a batch (or the end) for the consumer; false once the consumer has closed. */
    private boolean hand(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, POLL_MS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!batch.hasNext()) {
            if (finished) {
                return false;
            }
            Object next = take();
            if (next == END) {
                finished = true;
                return false;
            }
            if (next instanceof Failure f) {
                finished = true;
                if (f.error() instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) f.error();
            }
            batch = ((List<T>) next).iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for rows", e);
        }
    }

    /**
     * Stops the reading thread (it checks between rows) and waits briefly for it, so the source
     * can then be closed safely. Asked for more afterwards, it has none.
     */
    @Override
    public void close() {
        closed = true;
        try {
            reader.join(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.clear();
        queue.offer(END);
    }

    boolean readerStopped() {
        return !reader.isAlive();
    }
}
