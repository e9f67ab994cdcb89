package uk.safeguarding.scorecard.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list of cue phrases compiled to stem sequences; finds which of them occur in a passage.
 * A phrase matches where its stems occur consecutively.
 */
final class CuePhrases {
    private final List<String[]> phrases = new ArrayList<>();

    CuePhrases(List<String> cues) {
        for (String cue : cues) {
            String[] stems = StemmingAnalyzer.stems(cue);
            if (stems.length > 0) {
                phrases.add(stems);
            }
        }
    }

    /** How many different phrases occur in {@code tokens}, ignoring masked positions. */
    int countDistinct(String[] tokens, boolean[] masked) {
        int count = 0;
        for (String[] phrase : phrases) {
            if (find(tokens, masked, phrase) >= 0) {
                count++;
            }
        }
        return count;
    }

    boolean anyIn(String[] tokens) {
        return countDistinct(tokens, new boolean[tokens.length]) > 0;
    }

    /** Marks every position covered by an occurrence of any phrase. */
    void mask(String[] tokens, boolean[] masked) {
        for (String[] phrase : phrases) {
            for (int i = 0; i + phrase.length <= tokens.length; i++) {
                if (matchesAt(tokens, masked, phrase, i)) {
                    Arrays.fill(masked, i, i + phrase.length, true);
                }
            }
        }
    }

    private static int find(String[] tokens, boolean[] masked, String[] phrase) {
        for (int i = 0; i + phrase.length <= tokens.length; i++) {
            if (matchesAt(tokens, masked, phrase, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(String[] tokens, boolean[] masked, String[] phrase, int at) {
        for (int j = 0; j < phrase.length; j++) {
            if (masked[at + j] || !tokens[at + j].equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }
}
