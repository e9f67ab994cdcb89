package uk.safeguarding.scorecard.evidence;

/** Makes a passage fit to quote: whitespace folded, long passages cut at a word. */
final class Quotes {
    static final int MAX_CHARS = 400;

    private Quotes() {
    }

    static String tidy(String text) {
        String s = WhiteSpace.fold(text).strip();
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_CHARS);
        return s.substring(0, cut > 0 ? cut : MAX_CHARS) + " \u2026";
    }
}
