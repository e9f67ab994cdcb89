package uk.safeguarding.scorecard.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of cue phrases compiled to stem sequences; finds which of them occur in a passage.
 * A phrase matches where its stems occur consecutively. Phrases are indexed by their first stem,
 * so a passage is scanned once whatever the number of cues.
 */
final class CuePhrases {
    private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();
    private int count;

    private record Phrase(int id, String[] stems) {
    }

    CuePhrases(List<String> cues) {
        for (String cue : cues) {
            String[] stems = StemmingAnalyzer.stems(cue);
            if (stems.length > 0) {
                byFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(new Phrase(count++, stems));
            }
        }
    }

    /** How many different phrases occur in {@code tokens}. */
    int countDistinct(String[] tokens) {
        boolean[] seen = null;
        int distinct = 0;
        for (int at = 0; at < tokens.length; at++) {
            List<Phrase> candidates = byFirstStem.get(tokens[at]);
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (matchesAt(tokens, p.stems, at)) {
                    if (seen == null) {
                        seen = new boolean[count];
                    }
                    if (!seen[p.id]) {
                        seen[p.id] = true;
                        distinct++;
                    }
                }
            }
        }
        return distinct;
    }

    boolean anyIn(String[] tokens) {
        for (int at = 0; at < tokens.length; at++) {
            List<Phrase> candidates = byFirstStem.get(tokens[at]);
            if (candidates != null) {
                for (Phrase p : candidates) {
                    if (matchesAt(tokens, p.stems, at)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String[] tokens, String[] phrase, int at) {
        if (at + phrase.length > tokens.length) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!tokens[at + j].equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }
}
