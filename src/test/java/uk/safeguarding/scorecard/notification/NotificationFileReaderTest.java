package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

class NotificationFileReaderTest {
    private static final NotificationColumns COLUMNS = NotificationColumns.load(Path.of("job-config"));
    private static final RowValidator VALIDATOR = new RowValidator(COLUMNS, PartnershipDirectory.load(Path.of("job-config")),
            LocalDate.of(2025, 6, 30));
    private static final Set<String> CANONICAL = Set.of("notification_id", "child_ref", "local_authority",
            "incident_date", "la_aware_date", "notified_date", "incident_type", "harm_category", "child_age_years",
            "gender", "ethnicity", "rapid_review_submitted_date", "lcspr_decision", "lcspr_decision_date",
            "lcspr_sent_to_panel_date", "lcspr_published_date", "domestic_abuse", "parental_mental_health",
            "parental_alcohol_misuse", "parental_drug_misuse", "neglect", "known_to_childrens_social_care");

    /** Headers as a partnership might type them: synonyms, odd case, punctuation and a format hint. */
    private static final List<String> HEADER = List.of("Notification Ref.", "CHILD ID", "Child name", "LA Code",
            "Date LA became aware (dd/mm/yyyy)", "date notified to panel (DD/MM/YYYY)", "Nature of incident",
            "Date of birth", "Age at incident", "Sex", "Case outline");

    @TempDir
    Path dir;

    @Test
    void headerBelowATitleBlockIsFoundAndRowsAreNumberedAsTheSpreadsheetShowsThem() throws Exception {
        Path file = xlsx("titled.xlsx", false, wb -> {
            Sheet s = wb.createSheet("Notifications");
            text(s, 0, "Serious incident notifications 2024-25");
            text(s, 1, "Notes: one row per child; dates as dd/mm/yyyy");
            text(s, 2, "Prepared by the partnership business unit");
            text(s, 3, HEADER.toArray(String[]::new));
            dataRow(wb, s, 4, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
            dataRow(wb, s, 5, "N-0002", "C-0002-1", "Sam Jones", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5));
        });

        List<SourceRow> rows = readAll(file, "titled.xlsx");

        assertThat(rows).extracting(SourceRow::row).containsExactly(5, 6);
        assertThat(rows).extracting(SourceRow::file).containsOnly("titled.xlsx");
        assertThat(rows).extracting(SourceRow::sheet).containsOnly("Notifications");
        assertThat(rows.get(0).cell("notification_id").text()).isEqualTo("N-0001");
        assertThat(rows.get(1).cell("child_ref").text()).isEqualTo("C-0002-1");
    }

    @Test
    void headerSynonymsMatchIgnoringCasePunctuationAndFormatHint() throws Exception {
        Path file = xlsx("synonyms.xlsx", false, wb -> {
            Sheet s = wb.createSheet("Data");
            text(s, 0, HEADER.toArray(String[]::new));
            dataRow(wb, s, 1, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
        });

        SourceRow row = readAll(file, "synonyms.xlsx").get(0);

        assertThat(row.cells()).containsOnlyKeys("notification_id", "child_ref", "local_authority", "la_aware_date",
                "notified_date", "incident_type", "child_age_years", "gender");
        assertThat(row.cell("local_authority").text()).as("a numeric LA code reads as a whole number").isEqualTo("202");
        assertThat(row.cell("la_aware_date").date()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(row.cell("notified_date").date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(row.cell("incident_type").text()).isEqualTo("Serious harm");
        assertThat(row.cell("child_age_years").text()).isEqualTo("7");
        assertThat(row.cell("gender").text()).isEqualTo("Female");
    }

    @Test
    void columnsOutsideTheCanonicalListNeverReachARow() throws Exception {
        Path file = xlsx("personal.xlsx", false, wb -> {
            Sheet s = wb.createSheet("Data");
            text(s, 0, HEADER.toArray(String[]::new));
            dataRow(wb, s, 1, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
            dataRow(wb, s, 2, "N-0002", "C-0002-1", "Sam Jones", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5));
        });

        List<SourceRow> rows = readAll(file, "personal.xlsx");

        assertThat(rows).hasSize(2).allSatisfy(r -> {
            assertThat(CANONICAL).containsAll(r.cells().keySet());
            assertThat(r.cells().keySet()).doesNotContain("child_name", "date_of_birth", "case_outline");
            assertThat(r.cells().values()).extracting(RawCell::text)
                    .noneMatch(t -> t.contains("Smith") || t.contains("Jones") || t.contains("outline text"));
            assertThat(r.cells().values()).extracting(RawCell::date).doesNotContain(LocalDate.of(2017, 1, 15));
        });
    }

    @Test
    void firstSheetWithoutTheRequiredColumnsIsSkippedAndTheNextOneRead() throws Exception {
        Path file = xlsx("two-sheets.xlsx", false, wb -> {
            Sheet cover = wb.createSheet("Cover");
            text(cover, 0, "Notification ID", "Child ref", "Local authority", "Notes");
            text(cover, 1, "N-9999", "C-9999-1", "Leeds", "not the data sheet: no dates or incident type");
            Sheet data = wb.createSheet("Data");
            text(data, 0, "Return for 2024-25");
            text(data, 1, HEADER.toArray(String[]::new));
            dataRow(wb, data, 2, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
        });

        try (NotificationFileReader reader = NotificationFileReader.open(file, "two-sheets.xlsx", COLUMNS, VALIDATOR)) {
            assertThat(reader.sheet()).isEqualTo("Data");
            SourceRow row = reader.next().source();
            assertThat(row.sheet()).isEqualTo("Data");
            assertThat(row.row()).isEqualTo(3);
            assertThat(row.cell("notification_id").text()).isEqualTo("N-0001");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void realDateCellsOfA1900WorkbookGiveTheirDates() throws Exception {
        Path file = datedWorkbook("dates-1900.xlsx", false);

        assertDates(readAll(file, "dates-1900.xlsx"));
    }

    @Test
    void realDateCellsOfA1904WorkbookGiveTheirDates() throws Exception {
        Path file = datedWorkbook("dates-1904.xlsx", true);
        try (XSSFWorkbook check = new XSSFWorkbook(file.toFile())) {
            assertThat(check.getCTWorkbook().getWorkbookPr().getDate1904()).as("the file really uses 1904 dates").isTrue();
            double serial = check.getSheetAt(0).getRow(1).getCell(4).getNumericCellValue();
            assertThat(serial).as("serial in the 1904 system").isEqualTo(LocalDate.of(2024, 5, 2).toEpochDay()
                    - LocalDate.of(1904, 1, 1).toEpochDay());
        }

        assertDates(readAll(file, "dates-1904.xlsx"));
    }

    @Test
    void formulaCellsGiveTheirCachedValuesInXlsxAndXls() throws Exception {
        Path xlsx = dir.resolve("formulas.xlsx");
        Path xls = dir.resolve("formulas.xls");
        for (Path file : List.of(xlsx, xls)) {
            try (Workbook wb = file == xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
                Sheet s = wb.createSheet("Data");
                text(s, 0, "Notification ID", "Child ref", "Local authority", "LA aware date", "Notified date",
                        "Incident type");
                Row r = s.createRow(1);
                r.createCell(0).setCellFormula("\"N-\"&\"0001\"");
                r.createCell(1).setCellValue("C-1");
                r.createCell(2).setCellValue("Leeds");
                dateCell(r, 3, LocalDate.of(2024, 5, 2), dateStyle(wb, "dd/mm/yyyy"));
                var notified = r.createCell(4);
                notified.setCellFormula("D2+5");                 // a date worked out in the sheet
                notified.setCellStyle(dateStyle(wb, "dd/mm/yyyy"));
                r.createCell(5).setCellValue("Death");
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
        }

        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            for (Path file : List.of(xls, xlsx)) {
                SourceRow row;
                try {
                    row = readAll(file, file.getFileName().toString()).get(0);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                softly.assertThat(row.cell("notification_id").text()).as(file.getFileName() + " text formula")
                        .isEqualTo("N-0001");
                softly.assertThat(row.cell("notified_date").date()).as(file.getFileName() + " date formula")
                        .isEqualTo(LocalDate.of(2024, 5, 7));
            }
        });
    }

    @Test
    void passwordProtectedLegacyXlsIsUnreadableWithRuleFileEncrypted() throws Exception {
        Path file = dir.resolve("encrypted.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("s3cret-Pa55");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("Data");
            text(s, 0, HEADER.toArray(String[]::new));
            dataRow(wb, s, 1, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        UnreadableSpreadsheetException e = catchThrowableOfType(UnreadableSpreadsheetException.class,
                () -> NotificationFileReader.open(file, "encrypted.xls", COLUMNS, VALIDATOR));

        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo("file_encrypted");
    }

    @Test
    void legacyXlsFileIsRead() throws Exception {
        Path file = dir.resolve("legacy.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("Notifications");
            text(s, 0, "Serious incident notifications");
            text(s, 1, HEADER.toArray(String[]::new));
            dataRow(wb, s, 2, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
            dataRow(wb, s, 4, "N-0002", "C-0002-1", "Sam Jones", LocalDate.of(2023, 12, 22), LocalDate.of(2024, 1, 3));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        List<SourceRow> rows = readAll(file, "legacy.xls");

        assertThat(rows).extracting(SourceRow::row).containsExactly(3, 5);
        assertThat(rows).extracting(SourceRow::sheet).containsOnly("Notifications");
        SourceRow first = rows.get(0);
        assertThat(first.cell("notification_id").text()).isEqualTo("N-0001");
        assertThat(first.cell("local_authority").text()).isEqualTo("202");
        assertThat(first.cell("child_age_years").text()).isEqualTo("7");
        assertThat(first.cell("la_aware_date").date()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(rows.get(1).cell("notified_date").date()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(rows).allSatisfy(r -> assertThat(CANONICAL).containsAll(r.cells().keySet()));
    }

    @Test
    void csvInUtf8WithBomIsRead() throws Exception {
        Path file = dir.resolve("utf8.csv");
        Files.write(file, ("\uFEFF" + csv()).getBytes(StandardCharsets.UTF_8));

        assertCsvRows(readAll(file, "utf8.csv"));
    }

    @Test
    void csvInWindows1252IsRead() throws Exception {
        Path file = dir.resolve("cp1252.csv");
        Files.write(file, csv().getBytes(Charset.forName("windows-1252")));
        assertThat(Files.readAllBytes(file)).as("really single-byte: é is 0xE9").contains((byte) 0xE9);

        assertCsvRows(readAll(file, "cp1252.csv"));
    }

    @Test
    void blankRowsAreSkippedAndLaterRowsKeepTheirNumbers() throws Exception {
        Path file = xlsx("blanks.xlsx", false, wb -> {
            Sheet s = wb.createSheet("Data");
            text(s, 0, HEADER.toArray(String[]::new));
            dataRow(wb, s, 1, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
            text(s, 2, "", "  ", "");                                   // cells holding only blanks
            Row namesOnly = s.createRow(3);                              // only a column that is dropped
            namesOnly.createCell(2).setCellValue("Somebody");
            // row 5 (index 4) does not exist at all
            dataRow(wb, s, 5, "N-0002", "C-0002-1", "Sam Jones", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5));
        });
        Path csv = dir.resolve("blanks.csv");
        Files.writeString(csv, "Notification ID,Child ref,Local authority,LA aware date,Notified date,Incident type\n"
                + "N-1,C-1,Leeds,2024-05-02,2024-05-07,Death\n"
                + ",,,,,\n"
                + "\n"
                + "N-2,C-2,Leeds,2024-06-03,2024-06-05,Death\n", StandardCharsets.UTF_8);

        assertThat(readAll(file, "blanks.xlsx")).extracting(SourceRow::row).containsExactly(2, 6);
        List<SourceRow> csvRows = readAll(csv, "blanks.csv");
        assertThat(csvRows).extracting(r -> r.cell("notification_id").text()).containsExactly("N-1", "N-2");
        assertThat(csvRows.get(0).row()).isEqualTo(2);
    }

    @Test
    void fileWithoutTheRequiredColumnsIsUnreadableWithRuleNoHeader() throws Exception {
        Path file = xlsx("no-header.xlsx", false, wb -> {
            Sheet s = wb.createSheet("Data");
            text(s, 0, "Notification ID", "Child ref", "Local authority", "LA aware date", "Notified date");
            text(s, 1, "N-1", "C-1", "Leeds", "2024-05-02", "2024-05-07");
            Sheet other = wb.createSheet("Lookups");
            text(other, 0, "Incident type");
            text(other, 1, "Death");
        });
        Path csv = dir.resolve("no-header.csv");
        Files.writeString(csv, "Child name,Date of birth\nPat Smith,2017-01-15\n", StandardCharsets.UTF_8);

        for (Path f : List.of(file, csv)) {
            UnreadableSpreadsheetException e = catchThrowableOfType(UnreadableSpreadsheetException.class,
                    () -> NotificationFileReader.open(f, f.getFileName().toString(), COLUMNS, VALIDATOR));
            assertThat(e).as(f.getFileName().toString()).isNotNull();
            assertThat(e.rule()).isEqualTo("no_header");
            assertThat(e.getMessage()).contains("incident_type").doesNotContain("Pat Smith");
        }
    }

    @Test
    void passwordProtectedWorkbookIsUnreadableWithRuleFileEncrypted() throws Exception {
        Path plain = xlsx("plain.xlsx", false, wb -> {
            Sheet s = wb.createSheet("Data");
            text(s, 0, HEADER.toArray(String[]::new));
            dataRow(wb, s, 1, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
        });
        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("s3cret-Pa55");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        UnreadableSpreadsheetException e = catchThrowableOfType(UnreadableSpreadsheetException.class,
                () -> NotificationFileReader.open(encrypted, "encrypted.xlsx", COLUMNS, VALIDATOR));

        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo("file_encrypted");
    }

    @Test
    void randomBytesNamedXlsxAreUnreadableNotACrash() throws Exception {
        byte[] noise = new byte[8192];
        new Random(20240501L).nextBytes(noise);
        Path random = dir.resolve("noise.xlsx");
        Files.write(random, noise);

        UnreadableSpreadsheetException e = catchThrowableOfType(UnreadableSpreadsheetException.class,
                () -> NotificationFileReader.open(random, "noise.xlsx", COLUMNS, VALIDATOR));

        assertThat(e).isNotNull();
        assertThat(e.rule()).isIn("no_header", "file_unreadable", "file_unsupported");
    }

    @Test
    void truncatedZipNamedXlsxIsUnreadable() throws Exception {
        Path plain = xlsx("whole.xlsx", false, wb -> {
            Sheet s = wb.createSheet("Data");
            text(s, 0, HEADER.toArray(String[]::new));
            dataRow(wb, s, 1, "N-0001", "C-0001-1", "Pat Smith", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 7));
        });
        byte[] whole = Files.readAllBytes(plain);
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 3));

        UnreadableSpreadsheetException e = catchThrowableOfType(UnreadableSpreadsheetException.class,
                () -> NotificationFileReader.open(truncated, "truncated.xlsx", COLUMNS, VALIDATOR));

        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo("file_unreadable");
    }

    // ---- helpers ----

    private interface WorkbookContent {
        void fill(XSSFWorkbook wb);
    }

    private Path xlsx(String name, boolean date1904, WorkbookContent content) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (date1904) {
                var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                        : wb.getCTWorkbook().addNewWorkbookPr();
                pr.setDate1904(true);
            }
            content.fill(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A workbook whose four date columns hold real dates in UK, built-in and ISO display formats. */
    private Path datedWorkbook(String name, boolean date1904) throws IOException {
        return xlsx(name, date1904, wb -> {
            Sheet s = wb.createSheet("Data");
            text(s, 0, "Notification ID", "Child ref", "Local authority", "Incident date", "LA aware date",
                    "Notified date", "Incident type", "Rapid review submitted");
            for (int i = 0; i < 2; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue("N-" + i);
                r.createCell(1).setCellValue("C-" + i);
                r.createCell(2).setCellValue("Leeds");
                r.createCell(6).setCellValue("Death");
            }
            CellStyle uk = dateStyle(wb, "dd/mm/yyyy");
            CellStyle builtIn = wb.createCellStyle();
            builtIn.setDataFormat((short) 14); // m/d/yy, shown in the user's locale
            CellStyle iso = dateStyle(wb, "yyyy-mm-dd");
            CellStyle longUk = dateStyle(wb, "d mmmm yyyy");
            dateCell(s.getRow(1), 3, LocalDate.of(2024, 4, 30), uk);
            dateCell(s.getRow(1), 4, LocalDate.of(2024, 5, 2), uk);
            dateCell(s.getRow(1), 5, LocalDate.of(2024, 5, 7), builtIn);
            dateCell(s.getRow(1), 7, LocalDate.of(2024, 5, 28), iso);
            dateCell(s.getRow(2), 3, LocalDate.of(2020, 2, 29), longUk);
            dateCell(s.getRow(2), 4, LocalDate.of(2020, 3, 1), uk);
            dateCell(s.getRow(2), 5, LocalDate.of(2020, 3, 2), builtIn);
            dateCell(s.getRow(2), 7, LocalDate.of(2020, 3, 23), iso);
        });
    }

    private static void assertDates(List<SourceRow> rows) {
        assertThat(rows).hasSize(2);
        SourceRow a = rows.get(0);
        assertThat(a.cell("incident_date").date()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(a.cell("la_aware_date").date()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(a.cell("notified_date").date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(a.cell("rapid_review_submitted_date").date()).isEqualTo(LocalDate.of(2024, 5, 28));
        SourceRow b = rows.get(1);
        assertThat(b.cell("incident_date").date()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(b.cell("la_aware_date").date()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(b.cell("notified_date").date()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(b.cell("rapid_review_submitted_date").date()).isEqualTo(LocalDate.of(2020, 3, 23));
    }

    private static CellStyle dateStyle(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    private static void text(Sheet s, int rowIndex, String... values) {
        Row r = s.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(values[i]);
        }
    }

    /** A data row in the column order of {@link #HEADER}. */
    private static void dataRow(Workbook wb, Sheet s, int rowIndex, String id, String child, String name, LocalDate aware,
            LocalDate notified) {
        CellStyle uk = dateStyle(wb, "dd/mm/yyyy");
        Row r = s.createRow(rowIndex);
        r.createCell(0).setCellValue(id);
        r.createCell(1).setCellValue(child);
        r.createCell(2).setCellValue(name);
        r.createCell(3).setCellValue(202);
        dateCell(r, 4, aware, uk);
        dateCell(r, 5, notified, uk);
        r.createCell(6).setCellValue("Serious harm");
        dateCell(r, 7, LocalDate.of(2017, 1, 15), uk);
        r.createCell(8).setCellValue(7);
        r.createCell(9).setCellValue("Female");
        r.createCell(10).setCellValue("outline text about " + name);
    }

    private static String csv() {
        return "Notification ID,Child ref,Child name,Local authority,Date aware (dd/mm/yyyy),Date notified,Incident type,"
                + "Harm category\r\n"
                + "N-0001,CHLOÉ-£1,Renée Dupré,Leeds,02/05/2024,07/05/2024,Child death,\"Maltreatment within the family\"\r\n"
                + "N-0002,C-£2,\"Zoë, Brontë\",E09000007,2024-06-03,2024-06-05,Serious harm,Neglect\r\n";
    }

    private static void assertCsvRows(List<SourceRow> rows) {
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(SourceRow::sheet).containsOnly("");
        assertThat(rows).extracting(SourceRow::row).containsExactly(2, 3);
        SourceRow first = rows.get(0);
        assertThat(first.cell("notification_id").text()).isEqualTo("N-0001");
        assertThat(first.cell("child_ref").text()).isEqualTo("CHLOÉ-£1");
        assertThat(first.cell("la_aware_date").text()).isEqualTo("02/05/2024");
        assertThat(first.cell("la_aware_date").date()).as("CSV dates are text, parsed by the validator").isNull();
        assertThat(first.cell("harm_category").text()).isEqualTo("Maltreatment within the family");
        assertThat(rows.get(1).cell("child_ref").text()).isEqualTo("C-£2");
        assertThat(rows.get(1).cell("local_authority").text()).isEqualTo("E09000007");
        assertThat(rows).allSatisfy(r -> {
            assertThat(CANONICAL).containsAll(r.cells().keySet());
            assertThat(r.cells().values()).extracting(RawCell::text)
                    .noneMatch(t -> t.contains("Renée") || t.contains("Zoë"));
        });
    }

    private static List<SourceRow> readAll(Path file, String name) throws Exception {
        List<SourceRow> rows = new ArrayList<>();
        try (NotificationFileReader reader = NotificationFileReader.open(file, name, COLUMNS, VALIDATOR)) {
            for (RowOutcome r = reader.next(); r != null; r = reader.next()) {
                rows.add(r.source());
            }
        }
        return rows;
    }
}
