package uk.safeguarding.scorecard.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds figures in text: counts, percentages, amounts; not years, reporting periods, dates and
 * durations ("within 15 working days"), or the numbers of sections, paragraphs and pages
 * ("section 11 audit" holds no figure).
 */
final class Figures {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w/-])(\u00A3?\\d{1,3}(?:,\\d{3})+|\u00A3?\\d+(?:\\.\\d+)?)(%| per ?cent)?(?![\\w/-]*\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "half");
    private static final int LONGEST_NUMBER_WORD = 9;
    private static final String[][] NUMBER_WORDS_BY_LENGTH = IntStream.rangeClosed(0, LONGEST_NUMBER_WORD)
            .mapToObj(n -> NUMBER_WORDS.stream().filter(w -> w.length() == n).toArray(String[]::new)).toArray(String[][]::new);

    /** Words a number after which is a reference ("section 11", "key stage 2", "no. 3"), not a figure. */
    private static final List<String> REFERENCE_WORDS = List.of("section", "sections", "paragraph", "paragraphs",
            "chapter", "page", "pages", "part", "regulation", "schedule", "appendix", "annex", "priority", "phase", "tier",
            "level", "step", "stage", "year", "child", "no.", "no");
    /** How far before a number a reference word is looked for. */
    private static final int REFERENCE_REACH = 20;

    private static final Pattern DATE_OR_DURATION_AFTER = Pattern.compile(
            "^(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(working\\s+)?(day|week|month|year)s?\\b)",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    static int count(String text) {
        return (hasDigit(text) ? numbers(text) : 0) + numberWords(text);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number can only start at a digit or a pound sign, so the pattern is tried at those places
     * only (with the text around them in view): the same matches as {@code find()}, which would
     * try every place in the sentence.
     */
    private static int numbers(String text) {
        int count = 0;
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true);
        int at = numberStart(text, 0);
        while (at >= 0) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                at = numberStart(text, at + 1);
                continue;
            }
            at = numberStart(text, m.end());
            String digits = m.group(1).replace("\u00A3", "").replace(",", "");
            boolean year = YEAR.matcher(digits).matches() && m.group(2) == null;
            boolean reference = followsReferenceWord(text, m.start());
            boolean dateOrDuration = DATE_OR_DURATION_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
            if (!year && !reference && !dateOrDuration) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether, within {@value #REFERENCE_REACH} characters before the number, a reference word ends
     * (in any case, ASCII only), followed by white space only. Checked by hand rather
     * than with a regex, for every number of every sentence; as a regex's {@code \s*$} does, one
     * final line terminator that is not white space (U+0085, U+2028, U+2029) is allowed too.
     */
    static boolean followsReferenceWord(String text, int numberStart) {
        int from = Math.max(0, numberStart - REFERENCE_REACH);
        int end = numberStart;
        if (end > from && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (end > from && WhiteSpace.is(text.charAt(end - 1))) {
            end--;
        }
        for (String word : REFERENCE_WORDS) {
            if (endsWith(text, from, end, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String text, int from, int end, String word) {
        int at = end - word.length();
        if (at < from) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (asciiLower(text.charAt(at + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int numberStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '\u00A3') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNumberWord(String text, int start, int length) {
        char first = Character.toLowerCase(text.charAt(start));
        for (String word : NUMBER_WORDS_BY_LENGTH[length]) {
            if (word.charAt(0) == first && text.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whole words ("two", "dozen", "half"), found by a scan rather than a regex: this runs on every sentence. */
    private static int numberWords(String text) {
        int count = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (i - start <= LONGEST_NUMBER_WORD && isNumberWord(text, start, i - start)) {
                    count++;
                }
                start = -1;
            }
        }
        return count;
    }
}
