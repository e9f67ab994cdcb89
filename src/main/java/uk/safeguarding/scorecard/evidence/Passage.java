package uk.safeguarding.scorecard.evidence;

/**
 * A candidate piece of evidence: one or two consecutive sentences of a paragraph.
 *
 * @param page page number the passage starts on
 * @param firstSentence index of its first sentence in the document
 * @param lastSentence index of its last sentence in the document
 * @param text the passage as written
 * @param heading the heading of the section it sits under ("" if none)
 * @param leadSentence index of the first sentence of the paragraph it starts in (context, like the heading)
 */
public record Passage(int page, int firstSentence, int lastSentence, String text, String heading, int leadSentence) {

    boolean overlaps(Passage other) {
        return firstSentence <= other.lastSentence && other.firstSentence <= lastSentence;
    }
}
