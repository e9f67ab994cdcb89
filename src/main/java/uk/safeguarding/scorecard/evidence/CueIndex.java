package uk.safeguarding.scorecard.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cue phrase a scorer looks for, numbered once, and the stems they are made of. A passage is
 * scanned once for all phrases ({@link #found}); each cue list then asks which of its phrases were
 * found, instead of scanning the passage again. Built while the scorer is built, read-only after.
 */
final class CueIndex {
    /** The id of every stem that is not part of any phrase or of the guidance. */
    static final int OTHER = 0;
    private static final int[] NONE = new int[0];

    private final Map<String, Integer> stemIds = new HashMap<>();
    private final Map<String, Integer> phraseIds = new HashMap<>();
    private final List<int[]> phrases = new ArrayList<>();
    /** Phrase ids by the id of their first stem. */
    private final List<int[]> phrasesByFirstStem = new ArrayList<>(List.of(NONE));

    /** The phrase's id, numbering it if new; -1 if the cue has no words. */
    int phrase(String cue) {
        int[] stems = register(StemmingAnalyzer.stems(cue));
        if (stems.length == 0) {
            return -1;
        }
        return phraseIds.computeIfAbsent(Arrays.toString(stems), key -> {
            int id = phrases.size();
            phrases.add(stems);
            int[] starting = phrasesByFirstStem.get(stems[0]);
            int[] grown = Arrays.copyOf(starting, starting.length + 1);
            grown[starting.length] = id;
            phrasesByFirstStem.set(stems[0], grown);
            return id;
        });
    }

    /** Numbers stems the scorer looks for (in phrases or in guidance text). */
    int[] register(String[] stems) {
        int[] out = new int[stems.length];
        for (int i = 0; i < stems.length; i++) {
            out[i] = stemIds.computeIfAbsent(stems[i], s -> {
                phrasesByFirstStem.add(NONE);
                return phrasesByFirstStem.size() - 1;
            });
        }
        return out;
    }

    /** The ids of a passage's stems; stems never registered become {@link #OTHER}. */
    int[] ids(String[] stems) {
        int[] out = new int[stems.length];
        for (int i = 0; i < stems.length; i++) {
            out[i] = stemIds.getOrDefault(stems[i], OTHER);
        }
        return out;
    }

    /** Ids run from 1 to this. */
    int highestStemId() {
        return phrasesByFirstStem.size() - 1;
    }

    /**
     * The phrases that occur in {@code tokens} (stem ids), where their stems occur consecutively:
     * a bit set indexed by phrase id, one long per 64 phrases.
     */
    long[] found(int[] tokens) {
        long[] found = new long[(phrases.size() + 63) >>> 6];
        for (int at = 0; at < tokens.length; at++) {
            for (int id : phrasesByFirstStem.get(tokens[at])) {
                if (matchesAt(tokens, phrases.get(id), at)) {
                    found[id >>> 6] |= 1L << id;
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(int[] tokens, int[] phrase, int at) {
        if (at + phrase.length > tokens.length) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (tokens[at + j] != phrase[j]) {
                return false;
            }
        }
        return true;
    }
}
