package uk.safeguarding.scorecard.notification;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs an iterator on its own thread, a few batches ahead of the consumer, so parsing a
 * spreadsheet overlaps with validating and storing its rows. Each element read is then
 * <em>finished</em> (a pure function, such as taking and checking a parsed row's cells) by one of
 * the two threads: by the reading thread while the consumer has a batch queued to work on, else by
 * the consumer as it takes the element. So the work moves to whichever thread would otherwise
 * wait, and an element the reading thread finishes is still in that core's cache (on the other
 * core, a parsed row's objects are cache misses; see docs/performance-log.md, third session of 6 December).
 * Order is kept. A failure of the source reaches the consumer where it happened: after every
 * element read before it. An element the reading thread fails to finish is left to the consumer,
 * whose own attempt then fails in its place.
 * {@link #close()} stops the reading thread.
 *
 * @param <S> what the source gives
 * @param <T> a finished element
 */
final class ReadAheadIterator<S, T> implements Iterator<T>, AutoCloseable {
    private static final Object END = new Object();
    private static final long STOP_WAIT_MS = 2_000;
    private static final long POLL_MS = 100;

    private final BlockingQueue<Object> queue;
    private final Function<S, T> finish;
    private final Thread reader;
    private volatile boolean closed;
    private Batch batch = new Batch(new Object[0]);
    private int nextInBatch;
    private boolean finished;

    /** Failure of the source, carried to the consumer. */
    private record Failure(Throwable error) {
    }

    /**
     * Elements read, in order: the first {@code done} finished by the reading thread, the rest as
     * read. Written by the reading thread before it is queued, read by the consumer after.
     */
    private static final class Batch {
        final Object[] items;
        int done;
        boolean leftToConsumer;

        Batch(Object[] items) {
            this.items = items;
        }
    }

    ReadAheadIterator(Iterator<S> source, Function<S, T> finish, int batchSize, int batchesAhead, String threadName) {
        this.queue = new ArrayBlockingQueue<>(batchesAhead);
        this.finish = finish;
        this.reader = new Thread(() -> read(source, batchSize), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<S> source, int batchSize) {
        List<Object> filling = new ArrayList<>(batchSize);
        Object last = END;
        try {
            while (!closed && source.hasNext()) {
                filling.add(source.next());
                if (filling.size() == batchSize) {
                    if (!hand(new Batch(filling.toArray()))) {
                        return;
                    }
                    filling.clear();
                }
            }
        } catch (NoSuchElementException e) {
            // some library iterators say "no more" this way: it is the end of the rows
        } catch (RuntimeException | Error e) {
            last = new Failure(e);
        }
        if (filling.isEmpty() || hand(new Batch(filling.toArray()))) {
            hand(last);
        }
    }

    /**
     * Queues a batch (or the end) for the consumer, finishing the batch's elements first for as
     * long as the consumer has another batch to work on; false once the consumer has closed.
     */
    private boolean hand(Object item) {
        try {
            while (!closed) {
                if (item instanceof Batch b && !queue.isEmpty() && finishNext(b)) {
                    continue;
                }
                if (queue.offer(item, POLL_MS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Finishes the batch's next unfinished element; false when there is none left to finish here. */
    @SuppressWarnings("unchecked")
    private boolean finishNext(Batch b) {
        if (b.leftToConsumer || b.done == b.items.length) {
            return false;
        }
        try {
            b.items[b.done] = finish.apply((S) b.items[b.done]);
            b.done++;
        } catch (RuntimeException | Error e) {
            b.leftToConsumer = true; // the consumer tries again, and fails where the element is
        }
        return true;
    }

    @Override
    public boolean hasNext() {
        while (nextInBatch == batch.items.length) {
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
            batch = (Batch) next;
            nextInBatch = 0;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = nextInBatch++;
        Object item = batch.items[i];
        batch.items[i] = null; // the batch no longer holds on to what was taken
        return i < batch.done ? (T) item : finish.apply((S) item);
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
