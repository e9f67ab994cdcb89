package uk.safeguarding.scorecard.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a lookup's answer for each cell text it was asked about: a column of categories or
 * local authorities repeats a few texts on every row, and a spreadsheet's shared strings make each
 * repeat the same string, so asking again costs one hash lookup instead of normalising the text.
 * Remembers at most {@value #MAX_TEXTS} texts, so a column of unique values (kept for one step
 * execution, with the validator) costs a bounded amount of memory.
 */
final class TextMemo<V> {
    static final int MAX_TEXTS = 4_096;
    private final Function<String, V> lookup;
    private final Map<String, V> answers = new ConcurrentHashMap<>();

    TextMemo(Function<String, V> lookup) {
        this.lookup = lookup;
    }

    V get(String text) {
        V answer = answers.get(text);
        if (answer == null) {
            answer = lookup.apply(text);
            if (answers.size() < MAX_TEXTS) {
                answers.put(text, answer);
            }
        }
        return answer;
    }
}
