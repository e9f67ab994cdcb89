package uk.safeguarding.scorecard.evidence;

/**
 * White space as a regex's {@code \s} has it (space, tab, line feed, vertical tab, form feed,
 * carriage return), scanned by hand where a regex over every sentence would cost more.
 */
final class WhiteSpace {
    private WhiteSpace() {
    }

    static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code text.replaceAll("\\s+", " ")} gives: every run of white space as one space. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!is(c)) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = is(c);
        }
        return out.toString();
    }
}
