package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadIteratorTest {

    @Test
    void keepsEveryElementInOrderAcrossBatches() {
        List<Integer> source = IntStream.range(0, 1_003).boxed().toList();
        List<Integer> read = new ArrayList<>();
        try (ReadAheadIterator<Integer> it = new ReadAheadIterator<>(source.iterator(), 10, 2, "test")) {
            it.forEachRemaining(read::add);
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(read).isEqualTo(source);
    }

    @Test
    void aFailureArrivesAfterTheElementsReadBeforeIt() {
        Iterator<Integer> failingAtFive = countingUntil(5, () -> new IllegalArgumentException("damaged row"));
        List<Integer> read = new ArrayList<>();
        try (ReadAheadIterator<Integer> it = new ReadAheadIterator<>(failingAtFive, 3, 2, "test")) {
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
        try (ReadAheadIterator<Integer> it = new ReadAheadIterator<>(eager, 2, 2, "test")) {
            it.forEachRemaining(read::add);
        }
        assertThat(read).containsExactly(0, 1, 2);
    }

    @Test
    void closingStopsTheReaderOfAnEndlessSource() {
        Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).iterator();
        ReadAheadIterator<Integer> it = new ReadAheadIterator<>(endless, 4, 2, "test");
        assertThat(it.next()).isZero();

        it.close();

        assertThat(it.readerStopped()).isTrue();
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
