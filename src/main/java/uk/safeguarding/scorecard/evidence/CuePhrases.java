package uk.safeguarding.scorecard.evidence;

import java.util.ArrayList;
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

    /** How many different phrases occur in {@code tokens}. */
    int countDistinct(String[] tokens) {
        int count = 0;
        for (String[] phrase : phrases) {
            if (occursIn(tokens, phrase)) {
                count++;
            }
        }
        return count;
    }

    boolean anyIn(String[] tokens) {
        for (String[] phrase : phrases) {
            if (occursIn(tokens, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean occursIn(String[] tokens, String[] phrase) {
        for (int at = 0; at + phrase.length <= tokens.length; at++) {
            int j = 0;
            while (j < phrase.length && tokens[at + j].equals(phrase[j])) {
                j++;
            }
            if (j == phrase.length) {
                return true;
            }
        }
        return false;
    }
}
