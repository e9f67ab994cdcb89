package uk.safeguarding.scorecard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that stand in for regexes on every sentence give what the regexes give:
 * checked against the regex on random text made of the characters that matter, and on examples.
 */
class TextScanTest {
    /** Letters, digits, every kind of regex white space, a no-break space, a pound sign and punctuation. */
    private static final char[] ALPHABET = "ab1 \t\n\u000B\f\r\u00A0\u00A3.,%".toCharArray();

    private static List<String> randomTexts() {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(List.of("", "\n", "\n\n", " \n \n ", "a\n\n", "\n\na", "a\n \t\n\nb"));
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(24)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            texts.add(new String(chars));
        }
        return texts;
    }

    /** Without trailing empty pieces, which String.split drops (but for an empty text) and the scans keep: they hold no text. */
    private static List<String> withoutTrailingEmpty(List<String> pieces) {
        List<String> out = new ArrayList<>(pieces);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    @Test
    void blocksAreWhatTheBlankLineRegexSplitsOff() {
        for (String text : randomTexts()) {
            assertThat(withoutTrailingEmpty(PassageSplitter.blocks(text)))
                    .as("blocks of %s", text.replace("\n", "\\n"))
                    .isEqualTo(withoutTrailingEmpty(Arrays.asList(text.split("\\n\\s*\\n"))));
        }
        assertThat(PassageSplitter.blocks("One.\n  \n\nTwo\nlines.\n \t\n  Three.")).containsExactly("One.", "Two\nlines.", "  Three.");
    }

    @Test
    void linesAreWhatTheLineBreakRegexSplitsOff() {
        for (String text : randomTexts()) {
            assertThat(withoutTrailingEmpty(PassageSplitter.lines(text)))
                    .isEqualTo(withoutTrailingEmpty(Arrays.asList(text.split("\\n"))));
        }
    }

    @Test
    void foldingWhiteSpaceIsWhatTheRegexReplaces() {
        for (String text : randomTexts()) {
            assertThat(WhiteSpace.fold(text)).isEqualTo(text.replaceAll("\\s+", " "));
        }
        assertThat(Quotes.tidy("  We met\n\n  four  times.\t ")).isEqualTo("We met four times.");
    }

    @Test
    void figuresAreCountedWhereverTheyStandButNotYearsReferencesDatesOrDurations() {
        assertThat(Figures.count("£1,200 was spent on 3 reviews and 45% of staff, 12 per cent of schools")).isEqualTo(4);
        assertThat(Figures.count("In 2023 the section 11 audit was done within 15 working days, by 3rd March")).isZero();
        assertThat(Figures.count("A1 and B-12 and 3/4 and 2022-23 are codes, not figures")).isZero();
        assertThat(Figures.count("Of 240 referrals,180 were accepted (75%); two dozen went on")).isEqualTo(5);
        assertThat(Figures.count("1.5 million and £0.75 and 10,000.")).isEqualTo(3);
        assertThat(Figures.count("no figures here")).isZero();
    }

    @Test
    void aReferenceWordBeforeANumberIsFoundAsTheRegexFindsIt() {
        Pattern reference = Pattern.compile("(section|sections|paragraph|paragraphs|chapter|page|pages|part|regulation|"
                + "schedule|appendix|annex|priority|phase|tier|level|step|stage|key stage|year|child|no\\.?)\\s*$",
                Pattern.CASE_INSENSITIVE);
        List<String> pieces = List.of("section", "Sections", "PAGE", "pages", "key stage", "years", "Child", "no", "No.",
                "piano", "s", "x", " ", "  ", "\t", "\n", "\r\n", "\u0085", "\u2028", "\u00A0", ".", "\u212Aey");
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(6); p > 0; p--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            int numberStart = text.length();
            String window = text.substring(Math.max(0, numberStart - 20), numberStart);
            assertThat(Figures.followsReferenceWord(text + "12", numberStart))
                    .as("reference before 12 in '%s'", text).isEqualTo(reference.matcher(window).find());
        }
    }
}
