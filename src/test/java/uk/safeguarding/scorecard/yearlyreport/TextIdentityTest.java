package uk.safeguarding.scorecard.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextIdentityTest {
    private static final String OPENING = """
            Kestrel Bay Safeguarding Children Partnership

            Yearly Report 2023-24

            This report covers the period from 1 April 2023 to 31 March 2024.
            """;

    @Test
    void findsPartnershipNameBeforeSafeguardingChildrenPartnership() {
        assertThat(TextIdentity.partnership(OPENING)).isEqualTo("Kestrel Bay");
        assertThat(TextIdentity.partnership("Welcome from the Little Brockham Safeguarding Children\u2019s Partnership"))
                .isEqualTo("Little Brockham");
    }

    @Test
    void findsReportingPeriod() {
        assertThat(TextIdentity.period(OPENING)).isEqualTo("2023-24");
        assertThat(TextIdentity.period("Annual report 2022/2023")).isEqualTo("2022-23");
        assertThat(TextIdentity.period("Annual report 2021 \u2013 22")).isEqualTo("2021-22");
    }

    @Test
    void ignoresRangesThatAreNotOneYear() {
        assertThat(TextIdentity.period("Our strategy for 2022-2025 continues. Report for 2023-24.")).isEqualTo("2023-24");
        assertThat(TextIdentity.period("Our strategy for 2022-2025")).isNull();
    }

    @Test
    void nothingFoundIsNull() {
        String text = "This report describes our work with children and families.";
        assertThat(TextIdentity.partnership(text)).isNull();
        assertThat(TextIdentity.period(text)).isNull();
    }
}
