package uk.safeguarding.scorecard.yearlyreport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a partnership name and a reporting period in a report's opening text. */
final class TextIdentity {
    private static final Pattern PARTNERSHIP = Pattern.compile(
            "\\b((?:[A-Z][\\w'\u2019&-]*\\s+){1,6}?)Safeguarding\\s+Children(?:'s|\u2019s)?\\s+Partnership");
    private static final Pattern PERIOD = Pattern.compile("\\b(20\\d\\d)\\s*[-\u2013/]\\s*(?:20)?(\\d\\d)\\b");

    private TextIdentity() {
    }

    static String partnership(String text) {
        Matcher m = PARTNERSHIP.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    static String period(String text) {
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if ((start + 1) % 100 == end) {
                return m.group(1) + "-" + m.group(2);
            }
        }
        return null;
    }
}
