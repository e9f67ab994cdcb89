package uk.safeguarding.scorecard.evidence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds figures in text: counts, percentages, amounts; not years or reporting periods. */
final class Figures {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w/-])(\u00A3?\\d{1,3}(?:,\\d{3})+|\u00A3?\\d+(?:\\.\\d+)?)(%| per ?cent)?(?![\\w/-]*\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozen|half)\\b",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    static int count(String text) {
        int count = 0;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace("\u00A3", "").replace(",", "");
            boolean year = digits.matches("(19|20)\\d\\d") && m.group(2) == null;
            if (!year) {
                count++;
            }
        }
        Matcher w = NUMBER_WORD.matcher(text);
        while (w.find()) {
            count++;
        }
        return count;
    }
}
