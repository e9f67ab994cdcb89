package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadIteratorTest {

    @Test
    void keepsEveryElementInOrderAcrossBatches() {
        List<Integer> source = IntStream.range(0, 1_003).boxed().toList();
        List<Integer> read = new ArrayList<>();
        try (ReadAheadIterator<Integer, Integer> it = new ReadAheadIterator<>(source.iterator(), i -> i, 10, 2, "test")) {
            it.forEachRemaining(read::add);
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(read).isEqualTo(source);
    }

    @Test
    void aFailureArrivesAfterTheElementsReadBeforeIt() {
        Iterator<Integer> failingAtFive = countingUntil(5, () -> new IllegalArgumentException("damaged row"));
        List<Integer> read = new ArrayList<>();
        try (ReadAheadIterator<Integer, Integer> it = new ReadAheadIterator<>(failingAtFive, i -> i, 3, 2, "test")) {
            assertThatThrownBy(() -> it.forEachRemaining(read::add)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("damaged row");
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(read).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aLibraryIteratorThatEndsWithNoSuchElementJustEnds() {
        Iterator<Integer> eager = countingUntil(3, NoSuchElementException::new);
        List<Integer> read = new ArrayList<>();
        try (ReadAheadIterator<Integer, Integer> it = new ReadAheadIterator<>(eager, i -> i, 2, 2, "test")) {
            it.forEachRemaining(read::add);
        }
        assertThat(read).containsExactly(0, 1, 2);
    }

    @Test
    void closingStopsTheReaderOfAnEndlessSource() {
        Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).iterator();
        ReadAheadIterator<Integer, Integer> it = new ReadAheadIterator<>(endless, i -> i, 4, 2, "test");
        assertThat(it.next()).isZero();

        it.close();

        assertThat(it.readerStopped()).isTrue();
    }

    @Test
    void theReadingThreadFinishesElementsWhileTheConsumerIsBehind() throws InterruptedException {
        List<Integer> source = IntStream.range(0, 40).boxed().toList();
        Map<Integer, String> finishedOn = new ConcurrentHashMap<>();
        List<String> read = new ArrayList<>();
        try (ReadAheadIterator<Integer, String> it = new ReadAheadIterator<>(source.iterator(), i -> {
            assertThat(finishedOn.put(i, Thread.currentThread().getName())).isNull(); // once each
            return "row " + i;
        }, 4, 2, "reading-thread")) {
            // the consumer is busy: the queue fills and the reader has time to spare
            awaitUntil(() -> finishedOn.containsValue("reading-thread"));
            it.forEachRemaining(read::add);
        }
        assertThat(read).isEqualTo(source.stream().map(i -> "row " + i).toList());
        assertThat(finishedOn).hasSize(40);
        assertThat(finishedOn.values()).contains("reading-thread", Thread.currentThread().getName());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @Timeout(30) // a reading thread that died would leave the consumer waiting
    void anElementTheReadingThreadCannotFinishFailsForTheConsumerInItsPlace(boolean anError) throws InterruptedException {
        List<Integer> source = IntStream.range(0, 40).boxed().toList();
        List<String> failedOn = new CopyOnWriteArrayList<>();
        List<Integer> read = new ArrayList<>();
        try (ReadAheadIterator<Integer, Integer> it = new ReadAheadIterator<>(source.iterator(), i -> {
            if (i == 9) {
                failedOn.add(Thread.currentThread().getName());
                if (anError) {
                    throw new OutOfMemoryError("no memory for a cell in row 9");
                }
                throw new IllegalStateException("bad cell in row 9");
            }
            return i;
        }, 4, 2, "reading-thread")) {
            awaitUntil(() -> !failedOn.isEmpty());
            assertThatThrownBy(() -> {
                while (it.hasNext()) {
                    read.add(it.next());
                }
            }).isInstanceOf(anError ? OutOfMemoryError.class : IllegalStateException.class)
                    .hasMessageContaining("cell in row 9");
            assertThat(it.next()).isEqualTo(10); // the rows after it are still there
        }
        assertThat(read).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(failedOn).containsExactly("reading-thread", Thread.currentThread().getName());
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(giveUp);
            Thread.sleep(5);
        }
    }

    /** 0, 1, 2, ... and then, at {@code end}, the given failure instead of an element. */
    private static Iterator<Integer> countingUntil(int end, Supplier<RuntimeException> failure) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == end) {
                    throw failure.get();
                }
                return next++;
            }
        };
    }
}
