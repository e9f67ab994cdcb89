package uk.safeguarding.scorecard.evidence;

import java.util.List;
import java.util.TreeMap;

/**
 * A list of cue phrases, as ids in a {@link CueIndex}; tells which of them a passage holds from
 * the phrases {@link CueIndex#found found} in it. A phrase occurs where its stems occur consecutively.
 */
final class CuePhrases {
    /** One entry per cue of the list, in order (a cue listed twice counts twice). */
    private final int[] phrases;
    /** The list as a bit mask over phrase ids, kept for the words where it has bits only. */
    private final int[] words;
    private final long[] masks;

    CuePhrases(List<String> cues, CueIndex index) {
        phrases = cues.stream().mapToInt(index::phrase).filter(id -> id >= 0).toArray();
        TreeMap<Integer, Long> mask = new TreeMap<>();
        for (int id : phrases) {
            mask.merge(id >>> 6, 1L << id, (a, b) -> a | b);
        }
        words = mask.keySet().stream().mapToInt(Integer::intValue).toArray();
        masks = mask.values().stream().mapToLong(Long::longValue).toArray();
    }

    /** How many of the cues occur, given the phrases found in a passage. */
    int countDistinct(long[] found) {
        int count = 0;
        for (int id : phrases) {
            count += (found[id >>> 6] & 1L << id) != 0 ? 1 : 0;
        }
        return count;
    }

    boolean anyIn(long[] found) {
        for (int i = 0; i < words.length; i++) {
            if ((found[words[i]] & masks[i]) != 0) {
                return true;
            }
        }
        return false;
    }
}
