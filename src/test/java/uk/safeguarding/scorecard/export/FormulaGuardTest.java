package uk.safeguarding.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+44 113 000", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "  =cmd|' /C calc'!A0",
        "\u00A0=1+1", " \u00A0 @x"})
    void prefixesValuesThatStartLikeFormulas(String value) {
        assertThat(FormulaGuard.isDangerous(value)).isTrue();
        assertThat(FormulaGuard.neutralise(value)).isEqualTo("'" + value);
    }

    @Test
    void prefixesEveryDangerousLineOfMultiLineText() {
        String value = "Actions agreed:\n=HYPERLINK(\"http://evil\")\nreview in May\n  +1";

        assertThat(FormulaGuard.neutralise(value))
                .isEqualTo("Actions agreed:\n'=HYPERLINK(\"http://evil\")\nreview in May\n'  +1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Leeds Safeguarding Children Partnership", "a=b", "2024-25", "score 0.67",
        "We held 12 audits.\nAll were completed.", "e-mail: team@example.org"})
    void leavesSafeTextUnchanged(String value) {
        assertThat(FormulaGuard.isDangerous(value)).isFalse();
        assertThat(FormulaGuard.neutralise(value)).isSameAs(value);
    }

    @Test
    void nullIsSafe() {
        assertThat(FormulaGuard.isDangerous(null)).isFalse();
        assertThat(FormulaGuard.neutralise(null)).isNull();
    }
}
