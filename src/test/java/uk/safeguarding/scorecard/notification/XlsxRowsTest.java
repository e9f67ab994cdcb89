package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of spreadsheet serial numbers and whole numbers as the XLSX reader reads them, against POI and BigDecimal. */
class XlsxRowsTest {

    @ParameterizedTest(name = "1904 date system: {0}")
    @ValueSource(booleans = {false, true})
    void dateOfEverySerialAsPoiReadsIt(boolean date1904) {
        for (int serial = 0; serial <= 2_958_465; serial++) { // Excel's last day: 31 December 9999
            LocalDate poi = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
            LocalDate read = XlsxRows.date(serial, date1904);
            if (!read.equals(poi)) { // asserting only a difference keeps three million checks fast
                assertThat(read).as("serial " + serial).isEqualTo(poi);
            }
        }
        for (String raw : new String[] {"45123.5", "45123.99999999", "60", "59.75"}) {
            double serial = Double.parseDouble(raw);
            assertThat(XlsxRows.date(serial, date1904)).as(raw)
                    .isEqualTo(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "7", "-7", "17", "45123", "-45123", "123456789012345678", "1234567890123456789",
        "-123456789012345678", "00", "-0", "07", "-", "", "1.5", "45123.0", "1E5", "1e5", "12a", "+5", " 5", "5 ",
        "１２"})
    void aWholeNumberIsReadAsWritten(String raw) {
        boolean plain = raw.matches("0|-?[1-9]\\d{0,17}"); // what BigDecimal writes for a whole number, long-sized
        assertThat(XlsxRows.isPlainWholeNumber(raw)).isEqualTo(plain);
        if (plain) {
            assertThat(new BigDecimal(raw).stripTrailingZeros().toPlainString()).isEqualTo(raw);
            assertThat((double) Long.parseLong(raw)).isEqualTo(Double.parseDouble(raw));
        }
    }
}
