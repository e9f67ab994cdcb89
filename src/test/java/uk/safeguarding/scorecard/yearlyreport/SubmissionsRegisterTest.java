package uk.safeguarding.scorecard.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.ConfigurationException;

class SubmissionsRegisterTest {
    private static final String HEADER = "partnership_code,partnership_name,reporting_period,file,published_on,"
            + "sent_to_panel_on,sent_to_what_works_on,previous_published_on";

    @TempDir
    Path dir;

    @Test
    void readsCsvRegister() throws Exception {
        Path file = dir.resolve("submissions.csv");
        Files.writeString(file, HEADER + "\r\n"
                + "NOR,Northmere Safeguarding Children Partnership,2024-25,northmere_2024-25.pdf,2025-08-22,25/08/2025,"
                + "24 August 2025,2024-09-01\r\n"
                + "ELM,Elmstead Safeguarding Children Partnership,2024-25,,,,,2024-09-30\r\n");

        SubmissionsRegister register = SubmissionsRegister.load(file);

        assertThat(register.entries()).hasSize(2);
        RegisterEntry nor = register.entries().get(0);
        assertThat(nor).isEqualTo(new RegisterEntry(2, "NOR", "Northmere Safeguarding Children Partnership", "2024-25",
                "northmere_2024-25.pdf", LocalDate.of(2025, 8, 22), LocalDate.of(2025, 8, 25),
                LocalDate.of(2025, 8, 24), LocalDate.of(2024, 9, 1)));
        RegisterEntry elm = register.entries().get(1);
        assertThat(elm.line()).isEqualTo(3);
        assertThat(elm.file()).isEmpty();
        assertThat(elm.publishedOn()).isNull();
        assertThat(elm.previousPublishedOn()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void findsEntryByFileNameIgnoringCase() throws Exception {
        Path file = dir.resolve("submissions.csv");
        Files.writeString(file, HEADER + "\nNOR,Northmere,2024-25,Northmere_2024-25.PDF,,,,\n");

        SubmissionsRegister register = SubmissionsRegister.load(file);

        assertThat(register.forFile("northmere_2024-25.pdf")).map(RegisterEntry::partnershipCode).contains("NOR");
        assertThat(register.forFile("NORTHMERE_2024-25.pdf")).isPresent();
        assertThat(register.forFile("northmere_2023-24.pdf")).isEmpty();
    }

    @Test
    void readsXlsxWithDateCellsAndTextDates() throws Exception {
        Path file = dir.resolve("submissions.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFSheet sheet = wb.createSheet("Register");
            String[] header = HEADER.split(",");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("NOR");
            r.createCell(1).setCellValue("Northmere Safeguarding Children Partnership");
            r.createCell(2).setCellValue("2024-25");
            r.createCell(3).setCellValue("northmere_2024-25.pdf");
            r.createCell(4).setCellValue(LocalDate.of(2025, 8, 22));
            r.getCell(4).setCellStyle(dateStyle);
            r.createCell(5).setCellValue("25/08/2025");
            r.createCell(6).setCellValue("2025-08-24");
            r.createCell(7).setCellValue(LocalDate.of(2024, 9, 1));
            r.getCell(7).setCellStyle(dateStyle);
            wb.write(out);
        }

        SubmissionsRegister register = SubmissionsRegister.load(file);

        assertThat(register.entries()).containsExactly(new RegisterEntry(2, "NOR",
                "Northmere Safeguarding Children Partnership", "2024-25", "northmere_2024-25.pdf",
                LocalDate.of(2025, 8, 22), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 8, 24), LocalDate.of(2024, 9, 1)));
    }

    @Test
    void badDateNamesFileLineAndColumn() throws Exception {
        Path file = dir.resolve("submissions.csv");
        Files.writeString(file, HEADER + "\nNOR,Northmere,2024-25,a.pdf,2025-08-22,,,\n"
                + "ASH,Ashby Vale,2024-25,b.pdf,2025-08-25,08/28/2025,,\n");

        assertThatThrownBy(() -> SubmissionsRegister.load(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3")
                .hasMessageContaining("sent_to_panel_on")
                .hasMessageContaining("08/28/2025");
    }

    @Test
    void missingColumnIsConfigurationError() throws Exception {
        Path file = dir.resolve("submissions.csv");
        Files.writeString(file, "partnership_code,file\nNOR,a.pdf\n");

        assertThatThrownBy(() -> SubmissionsRegister.load(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("partnership_name");
    }
}
