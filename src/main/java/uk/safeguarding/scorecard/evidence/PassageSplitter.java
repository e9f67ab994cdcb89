package uk.safeguarding.scorecard.evidence;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safeguarding.scorecard.document.Page;

/**
 * Cuts pages into passages: paragraphs (blank-line separated, bullets and headings on their own)
 * into sentences, then every sentence and every pair of neighbouring sentences of a section (so a
 * lead-in such as "we looked at why:" pairs with the first bullet after it).
 * Headings and contents entries are never passages themselves (a heading is not evidence); they
 * are kept as the context of the passages below them.
 */
final class PassageSplitter {
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*\u2022\u25AA\u2013]|\\d{1,2}[.)])\\s+");
    private static final Pattern SYMBOL_BULLET = Pattern.compile("^\\s*[-*\u2022\u25AA\u2013]\\s+");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d{1,2}(\\.\\d{1,2})*[.)]?\\s+");
    /** A contents line: dot leaders or a wide gap, then a page number at the end. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(\\.{4,}|\\s{3,})\\s*\\d+\\s*$");
    private static final int HEADING_MAX_WORDS = 10;

    private PassageSplitter() {
    }

    static List<Passage> split(List<Page> pages) {
        List<Passage> passages = new ArrayList<>();
        String heading = "";
        Passage previous = null;
        int sentenceIndex = 0;
        for (Page page : pages) {
            for (String block : blocks(page.text())) {
                for (String paragraph : paragraphs(block)) {
                    if (isHeading(paragraph)) {
                        heading = paragraph.strip();
                        previous = null;
                        continue;
                    }
                    if (isContentsEntry(paragraph)) {
                        continue;
                    }
                    int lead = sentenceIndex;
                    for (String sentence : sentences(paragraph)) {
                        Passage single = new Passage(page.number(), sentenceIndex, sentenceIndex, sentence, heading, lead);
                        passages.add(single);
                        if (previous != null) {
                            passages.add(new Passage(previous.page(), previous.firstSentence(), sentenceIndex,
                                    previous.text() + " " + sentence, heading, previous.leadSentence()));
                        }
                        previous = single;
                        sentenceIndex++;
                    }
                }
            }
        }
        return passages;
    }

    /** The document's title: its first non-blank line. */
    static String title(List<Page> pages) {
        for (Page page : pages) {
            for (String line : lines(page.text())) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
        }
        return "";
    }

    /**
     * The text's blocks: what {@code text.split("\\n\\s*\\n")} gives (a break is a line break,
     * white space, and a line break; the block after it starts after the last line break of that
     * white space), found by a scan instead of a regex because it runs over every page.
     */
    static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int lastBreak = -1;
            for (int j = i + 1; j < text.length() && WhiteSpace.is(text.charAt(j)); j++) {
                lastBreak = text.charAt(j) == '\n' ? j : lastBreak;
            }
            if (lastBreak >= 0) {
                out.add(text.substring(start, i));
                start = lastBreak + 1;
                i = lastBreak;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** The text's lines, split at each {@code \n}. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            out.add(text.substring(start, end));
            start = end + 1;
        }
        out.add(text.substring(start));
        return out;
    }

    /** Splits a block at bullets and at heading-like lines, joining wrapped lines. */
    private static List<String> paragraphs(String block) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines(block)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean heading = isHeading(trimmed) || isContentsEntry(trimmed);
            Matcher bullet = BULLET.matcher(trimmed);
            boolean isBullet = bullet.lookingAt();
            boolean startsNew = isBullet || heading;
            if (startsNew && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "")
                    .append(heading || !isBullet ? trimmed : trimmed.substring(bullet.end()));
            if (heading) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** A short line without closing punctuation, optionally numbered ("8. Budget"), not a bullet. */
    static boolean isHeading(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || ".!;:,\"\u201D)".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            return false; // checked first, as most lines end a sentence
        }
        Matcher numbering = NUMBERING.matcher(stripped);
        String s = numbering.lookingAt() ? stripped.substring(numbering.end()) : stripped;
        if (s.isEmpty() || SYMBOL_BULLET.matcher(s).lookingAt()) {
            return false;
        }
        return !Character.isLowerCase(s.charAt(0)) && words(s) <= HEADING_MAX_WORDS;
    }

    /** Words separated by regex white space ({@code \\s}), counted up to one more than a heading has. */
    private static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length() && words <= HEADING_MAX_WORDS; i++) {
            boolean space = WhiteSpace.is(s.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    /** A contents line; the pattern only runs on lines that end in a digit. */
    private static boolean isContentsEntry(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || line.charAt(end - 1) == '\u0085')) {
            end--;
        }
        return end > 0 && Character.isDigit(line.charAt(end - 1)) && CONTENTS_ENTRY.matcher(line).find();
    }

    private static List<String> sentences(String paragraph) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.UK);
        it.setText(paragraph);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = paragraph.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
