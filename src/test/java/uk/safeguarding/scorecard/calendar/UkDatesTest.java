package uk.safeguarding.scorecard.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkDatesTest {
    private static final LocalDate MAY_8 = LocalDate.of(2023, 5, 8);

    @ParameterizedTest
    @ValueSource(strings = {"2023-05-08", "08/05/2023", "8/5/2023", "08-05-2023", "08.05.2023", "8 May 2023",
        "8 May 2023 ", " 08/05/2023"})
    void parsesIsoAndDayFirstDates(String value) {
        assertThat(UkDates.parse(value)).isEqualTo(MAY_8);
    }

    @Test
    void parsesLongMonthName() {
        assertThat(UkDates.parse("8 September 2023")).isEqualTo(LocalDate.of(2023, 9, 8));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void blankIsNull(String value) {
        assertThat(UkDates.parse(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/13/2023", "31/02/2023", "29/02/2023", "2023-13-01", "tomorrow"})
    void rejectsUsOrderAndImpossibleDates(String value) {
        assertThatThrownBy(() -> UkDates.parse(value))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("dd/MM/yyyy");
    }

    @Test
    void acceptsLeapDay() {
        assertThat(UkDates.parse("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
