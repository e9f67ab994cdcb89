package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of spreadsheet serial numbers as the XLSX reader computes them, against POI's own. */
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
}
