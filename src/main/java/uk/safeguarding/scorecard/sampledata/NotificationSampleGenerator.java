package uk.safeguarding.scorecard.sampledata;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.safeguarding.scorecard.export.AtomicFile;
import uk.safeguarding.scorecard.export.CsvTable;

/**
 * Writes a fictional serious-incident-notification spreadsheet (DESIGN.md section 4): one row per
 * child, incidents from April 2024 to March 2025, shaped like the Panel's 2020 figures (domain.md),
 * with personal columns the reader must drop (child's name, date of birth, case outline) and about
 * one deliberate error every 60 rows. Local authorities come from {@code partnerships.csv}, named
 * mostly by name, sometimes by DfE or ONS code. Deterministic for a seed; the XLSX is streamed, so
 * a million rows need bounded memory.
 */
public final class NotificationSampleGenerator {
    /** Header texts, all synonyms from notification-columns.yml except the three personal columns. */
    static final List<String> HEADER = List.of("Notification ref", "Child ref", "Child name", "Local authority",
            "Date of incident (dd/mm/yyyy)", "Date LA became aware", "Date notified to Panel", "Nature of incident",
            "Category of harm", "Age", "Date of birth", "Gender", "Ethnicity", "Case outline", "Rapid review submitted",
            "LCSPR decision", "LCSPR decision date", "LCSPR sent to Panel", "LCSPR published", "Domestic abuse",
            "Parental mental health", "Parental alcohol misuse", "Parental drug misuse", "Neglect",
            "Known to children's social care");
    static final String SHEET = "Notifications";
    static final String TITLE = "Serious incident notifications 2024-25 (fictional data)";
    static final LocalDate EXTRACT_DATE = LocalDate.of(2025, 10, 31);
    /** Every ERROR_EVERY rows (the first after ERROR_EVERY / 2) one notification carries a deliberate error. */
    static final int ERROR_EVERY = 60;

    private static final String NOTE = "Invented data for demonstrations and tests: no real child, family or case. "
            + "Extract as at " + EXTRACT_DATE.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".";
    private static final int HEADER_ROW = 3;
    private static final int MAX_XLSX_ROWS = 1_048_576 - HEADER_ROW - 1;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 4, 1);
    private static final int DAYS_IN_YEAR = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2025, 4, 1));
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    // Column positions in a produced row (same order as HEADER).
    private static final int REF = 0, CHILD = 1, NAME = 2, LA = 3, INCIDENT = 4, AWARE = 5, NOTIFIED = 6, NATURE = 7,
            CATEGORY = 8, AGE = 9, DOB = 10, GENDER = 11, ETHNICITY = 12, OUTLINE = 13, RAPID_REVIEW = 14,
            DECISION = 15, DECISION_DATE = 16, SENT = 17, PUBLISHED = 18, FIRST_CHARACTERISTIC = 19;

    /** The deliberate errors, in the order they are planted. */
    enum Flaw {
        MISSING_REF, US_DATE, AWARE_BEFORE_INCIDENT, DUPLICATE_ROW, UNKNOWN_LA, AGE_19, UNKNOWN_CATEGORY,
        INCONSISTENT_DATES
    }

    /**
     * A harm category: its spelling (sometimes an alternative from the yml), its weight within its
     * nature of incident (percent), and its ages: share under one, share aged 15-17, otherwise
     * {@code youngest} to 14. The age shares make the whole come out near 35% under one and 30% 15-17.
     */
    private record Category(String spelling, String alternative, double weight, double underOne, double fifteenPlus,
            int youngest, String outline) {
    }

    private static final List<Category> FATAL = List.of(
            new Category("Sudden unexpected death in infancy", "SUDI", 31, 1.0, 0, 1,
                    "%s was found unresponsive at home after sharing a sofa with a parent"),
            new Category("Suicide", "Suicide", 20, 0, 0.9, 11, "%s died by suicide after months of missing school"),
            new Category("Maltreatment within the family", "Intra-familial maltreatment", 17, 0.5, 0.05, 1,
                    "%s died of injuries inflicted at home; a parent has been arrested"),
            new Category("Related to but not directly caused by maltreatment", null, 10, 0.3, 0.1, 1,
                    "%s died of an illness after appointments were repeatedly missed"),
            new Category("Extra-familial assault or homicide", "Homicide", 8, 0, 0.85, 10,
                    "%s was fatally stabbed near home by an older youth"),
            new Category("Not related to maltreatment or cause unclear", "Cause unclear", 14, 0.4, 0.15, 1,
                    "%s died in hospital and the cause is not yet known"));
    private static final List<Category> NON_FATAL = List.of(
            new Category("Physical abuse", "Physical", 38, 0.6, 0.05, 1,
                    "%s was admitted to hospital with fractures the parents could not explain"),
            new Category("Neglect", null, 12, 0.3, 0.1, 1, "%s was found malnourished in very poor home conditions"),
            new Category("Intra-familial sexual abuse", null, 10, 0, 0.25, 3,
                    "%s disclosed sexual abuse by a relative"),
            new Category("Extra-familial sexual abuse", null, 7, 0, 0.6, 10,
                    "%s was sexually assaulted by an adult met online"),
            new Category("Child sexual exploitation", "CSE", 2, 0, 0.6, 11,
                    "%s was exploited by adults who supplied alcohol and gifts"),
            new Category("Emotional abuse", null, 2, 0.05, 0.2, 1,
                    "%s was seriously harmed by long emotional abuse and isolation at home"),
            new Category("Criminal exploitation", "Child criminal exploitation", 1, 0, 0.8, 11,
                    "%s was injured while being made to carry drugs to another town"),
            new Category("Young people's risk-taking or violent behaviour", "Risk-taking behaviour", 18, 0, 0.85, 11,
                    "%s was badly hurt in a fight with other teenagers"),
            new Category("The young person as perpetrator", "Young person as perpetrator", 3, 0, 0.7, 10,
                    "%s seriously injured another young person"),
            new Category("Other", null, 7, 0.1, 0.3, 1, "%s was seriously harmed in circumstances still being established"));
    private static final List<Category> OTHER_NATURE = List.of(
            new Category("The young person as perpetrator", "Young person as perpetrator", 60, 0, 0.7, 10,
                    "%s, long neglected at home, seriously assaulted another child"),
            new Category("Other", null, 40, 0.1, 0.3, 1, "%s was harmed in circumstances still being established"));

    private static final String[] ETHNICITIES = {"White British", "White Irish", "Gypsy or Irish Traveller",
        "Any other White background", "Mixed", "White and Black Caribbean", "White and Asian",
        "Any other mixed background", "Asian or Asian British", "Pakistani", "Indian", "Bangladeshi",
        "Black African Caribbean or Black British", "African", "Caribbean", "Other ethnic group", "Arab", "Not known"};
    private static final double[] ETHNICITY_WEIGHTS = {69, 0.5, 0.5, 2, 4, 3, 1, 1, 3, 2, 1, 1, 3, 2, 2, 1, 0.5, 3.5};
    private static final String[] OUTLINE_ENDINGS = {"; family known to children's social care.",
        "; no previous agency involvement.", "; referral made by the hospital.",
        "; siblings were on child protection plans.", "; the family had recently moved into the area.",
        "; police and health are working with the partnership."};
    private static final String[] BOYS = {"Oliver", "Leo", "Noah", "Jack", "Harry", "Mohammed", "Alfie", "Kai", "Reuben",
        "Tyler", "Callum", "Ethan", "Isaac", "Kofi", "Dylan", "Archie", "Jayden", "Ibrahim", "Logan", "Toby"};
    private static final String[] GIRLS = {"Olivia", "Amelia", "Isla", "Ava", "Freya", "Lily", "Aisha", "Poppy", "Maya",
        "Ruby", "Zara", "Evie", "Grace", "Chloe", "Hannah", "Amara", "Leah", "Niamh", "Sofia", "Ellie"};
    private static final String[] EITHER = {"Alex", "Sam", "Charlie", "Jordan", "Riley", "Jamie", "Robin", "Morgan"};
    private static final String[] SURNAMES = {"Ashworth", "Begum", "Carter", "Dawson", "Evans", "Fletcher", "Green",
        "Hussain", "Iqbal", "Jones", "Kowalski", "Lloyd", "Mensah", "Nowak", "O'Brien", "Patel", "Quinn", "Reid",
        "Shaw", "Thompson", "Usman", "Vaughan", "Walsh", "Yates", "Ahmed", "Brennan", "Clarke", "Doherty",
        "Okafor", "Murphy", "Singh", "Taylor", "Wright", "Hughes", "Khan", "Morris", "Price", "Barker"};
    private static final String[] UNKNOWN_LAS = {"Borsetshire", "Midsomer", "Casterbridge", "Wessex", "Barchester"};
    private static final String[] UNKNOWN_CATEGORIES = {"Unexplained injury", "Physcial abuse", "Accidental death",
        "Self harm"};

    private final List<String[]> localAuthorities = new ArrayList<>();

    /** Reads the local authorities (DfE code, ONS code, name) from {@code configDir/partnerships.csv}. */
    public NotificationSampleGenerator(Path configDir) {
        for (CsvTable.Row row : CsvTable.read(configDir.resolve("partnerships.csv"), "dfe_code", "ons_code", "la_name")
                .rows()) {
            localAuthorities.add(new String[] {row.get("la_name"), row.get("dfe_code"), row.get("ons_code")});
        }
        if (localAuthorities.isEmpty()) {
            throw new IllegalArgumentException(configDir.resolve("partnerships.csv") + " lists no local authorities");
        }
    }

    /** Writes sheet "Notifications": title, note, a blank row, the header on row 4, then {@code rows} rows. */
    public void writeXlsx(Path file, int rows, long seed) {
        if (rows < 0 || rows > MAX_XLSX_ROWS) {
            throw new IllegalArgumentException("rows must be 0 to " + MAX_XLSX_ROWS + ", not " + rows);
        }
        AtomicFile.write(file, out -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(200);
            workbook.setCompressTempFiles(true);
            try {
                Sheet sheet = workbook.createSheet(SHEET);
                Font bold = workbook.createFont();
                bold.setBold(true);
                CellStyle boldStyle = workbook.createCellStyle();
                boldStyle.setFont(bold);
                CellStyle dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                Cell title = sheet.createRow(0).createCell(0);
                title.setCellValue(TITLE);
                title.setCellStyle(boldStyle);
                sheet.createRow(1).createCell(0).setCellValue(NOTE);
                Row header = sheet.createRow(HEADER_ROW);
                for (int c = 0; c < HEADER.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(HEADER.get(c));
                    cell.setCellStyle(boldStyle);
                    sheet.setColumnWidth(c, c == OUTLINE ? 80 * 256 : 18 * 256);
                }
                sheet.createFreezePane(0, HEADER_ROW + 1);
                int[] next = {HEADER_ROW + 1};
                produce(rows, seed, cells -> {
                    Row row = sheet.createRow(next[0]++);
                    for (int c = 0; c < cells.length; c++) {
                        Object value = cells[c];
                        if (value instanceof LocalDate date) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        } else if (value instanceof Integer number) {
                            row.createCell(c).setCellValue(number);
                        } else if (value != null) {
                            row.createCell(c).setCellValue((String) value);
                        }
                    }
                });
                workbook.write(out);
            } finally {
                workbook.close();
            }
        });
    }

    /** Writes the same rows as {@link #writeXlsx} as UTF-8 CSV (CRLF), header first, dates as dd/MM/yyyy. */
    public void writeCsv(Path file, int rows, long seed) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVWriter csv = new CSVWriter(writer, ',', '"', '"', "\r\n");
            csv.writeNext(HEADER.toArray(String[]::new), false);
            String[] line = new String[HEADER.size()];
            produce(rows, seed, cells -> {
                for (int c = 0; c < cells.length; c++) {
                    Object value = cells[c];
                    line[c] = value == null ? "" : value instanceof LocalDate date ? date.format(UK) : value.toString();
                }
                csv.writeNext(line, false);
            });
            csv.flush();
        });
    }

    /** Receives each produced row: cells are String, Integer, LocalDate or null (blank). */
    @FunctionalInterface
    private interface RowSink {
        void accept(Object[] cells) throws IOException;
    }

    /** The one source of rows for both formats: notifications of 1-4 children, flaws planted on schedule. */
    private void produce(int rows, long seed, RowSink sink) throws IOException {
        Random random = new Random(seed);
        int written = 0;
        int flaws = 0;
        for (int number = 1; written < rows; number++) {
            Flaw flaw = null;
            if (written >= ERROR_EVERY / 2 + flaws * ERROR_EVERY) {
                flaw = Flaw.values()[flaws % Flaw.values().length];
                flaws++;
            }
            List<Object[]> children = notification(number, flaw, random);
            for (Object[] child : children) {
                if (written == rows) {
                    break;
                }
                sink.accept(child);
                written++;
            }
        }
    }

    /** The rows of one notification, one per child (two identical rows for a DUPLICATE_ROW flaw). */
    private List<Object[]> notification(int number, Flaw flaw, Random r) {
        int children = 1;
        if (flaw == Flaw.INCONSISTENT_DATES) {
            children = 2 + r.nextInt(2);
        } else if (flaw == null && r.nextDouble() < 0.07) {
            double x = r.nextDouble();
            children = x < 0.8 ? 2 : x < 0.95 ? 3 : 4;
        }
        String ref = String.format("N-2024-%06d", number);
        String[] la = localAuthorities.get(r.nextInt(localAuthorities.size()));
        double form = r.nextDouble();
        String localAuthority = flaw == Flaw.UNKNOWN_LA ? pick(UNKNOWN_LAS, r) : form < 0.8 ? la[0] : form < 0.92 ? la[1] : la[2];

        double nature = r.nextDouble();
        String natureText = nature < 0.43 ? "Child death" : nature < 0.97 ? "Serious harm" : "Other";
        Category category = weighted(nature < 0.43 ? FATAL : nature < 0.97 ? NON_FATAL : OTHER_NATURE, r);
        String categoryText = flaw == Flaw.UNKNOWN_CATEGORY ? pick(UNKNOWN_CATEGORIES, r)
                : category.alternative() != null && r.nextDouble() < 0.1 ? category.alternative() : category.spelling();

        LocalDate incident = FIRST_DAY.plusDays(r.nextInt(DAYS_IN_YEAR));
        LocalDate aware = flaw == Flaw.AWARE_BEFORE_INCIDENT ? incident.minusDays(1 + r.nextInt(10))
                : incident.plusDays(pickWeighted(new double[] {50, 25, 15, 10}, r));
        LocalDate notified = plusWorkingDays(aware,
                r.nextDouble() < 0.8 ? pickWeighted(new double[] {5, 20, 25, 20, 15, 15}, r) : 6 + r.nextInt(20));
        if (flaw == Flaw.US_DATE && notified.getDayOfMonth() < 13) {
            notified = notified.withDayOfMonth(13 + r.nextInt(16));
        }
        double review = r.nextDouble();
        LocalDate rapidReview = review < 0.75 ? plusWorkingDays(notified, 8 + r.nextInt(8))
                : review < 0.9 ? plusWorkingDays(notified, 16 + r.nextInt(30)) : null;
        String decision = "Pending";
        LocalDate decisionDate = null;
        LocalDate sent = null;
        LocalDate published = null;
        double d = r.nextDouble();
        if (rapidReview != null && d < 0.89) {
            decision = d < 0.22 ? "Yes" : "No";
            decisionDate = rapidReview.plusDays(1 + r.nextInt(21));
            if (decision.equals("Yes")) {
                double p = r.nextDouble();
                if (p < 0.45) {
                    LocalDate from = decisionDate.plusMonths(3);
                    published = from.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(from, decisionDate.plusMonths(6)) + 1));
                } else if (p < 0.75) {
                    published = decisionDate.plusMonths(6).plusDays(1 + r.nextInt(180));
                }
                if (published != null && published.isAfter(EXTRACT_DATE)) {
                    published = null;
                }
                if (published != null) {
                    sent = plusWorkingDays(published, r.nextDouble() < 0.7 ? -(7 + r.nextInt(6)) : -(1 + r.nextInt(6)));
                }
            }
        }
        String[] characteristics = {yesNo(r, 0.42), yesNo(r, 0.28), yesNo(r, 0.18), yesNo(r, 0.24),
            yesNo(r, nature < 0.43 ? 0.35 : 0.34), yesNo(r, 0.62)};
        String surname = pick(SURNAMES, r);
        String ending = pick(OUTLINE_ENDINGS, r);

        List<Object[]> out = new ArrayList<>();
        for (int c = 1; c <= children; c++) {
            int age = flaw == Flaw.AGE_19 ? 19 : age(category, r);
            double g = r.nextDouble();
            String gender = g < 0.53 ? "Male" : g < 0.99 ? "Female" : g < 0.994 ? "Transgender" : "Not known";
            String first = age == 0 && r.nextDouble() < 0.15 ? "Baby"
                    : pick(gender.equals("Male") ? BOYS : gender.equals("Female") ? GIRLS : EITHER, r);
            Object[] row = new Object[HEADER.size()];
            row[REF] = flaw == Flaw.MISSING_REF ? null : ref;
            row[CHILD] = String.format("C-%06d-%d", number, c);
            row[NAME] = first + " " + surname;
            row[LA] = localAuthority;
            row[INCIDENT] = incident;
            row[AWARE] = aware;
            row[NOTIFIED] = flaw == Flaw.US_DATE ? notified.format(US)
                    : flaw == Flaw.INCONSISTENT_DATES && c == children ? notified.plusDays(2 + r.nextInt(5)) : notified;
            row[NATURE] = natureText;
            row[CATEGORY] = categoryText;
            row[AGE] = age;
            row[DOB] = incident.minusYears(age).minusDays(r.nextInt(364));
            row[GENDER] = gender;
            row[ETHNICITY] = ETHNICITIES[pickWeighted(ETHNICITY_WEIGHTS, r)];
            row[OUTLINE] = String.format(category.outline(), first.equals("Baby") ? "The baby" : first) + ending;
            row[RAPID_REVIEW] = rapidReview;
            row[DECISION] = decision;
            row[DECISION_DATE] = decisionDate;
            row[SENT] = sent;
            row[PUBLISHED] = published;
            System.arraycopy(characteristics, 0, row, FIRST_CHARACTERISTIC, characteristics.length);
            out.add(row);
        }
        if (flaw == Flaw.DUPLICATE_ROW) {
            out.add(out.get(0).clone());
        }
        return out;
    }

    private static int age(Category category, Random r) {
        double x = r.nextDouble();
        if (x < category.underOne()) {
            return 0;
        }
        if (x < category.underOne() + category.fifteenPlus()) {
            return 15 + r.nextInt(3);
        }
        return category.youngest() + r.nextInt(15 - category.youngest());
    }

    /** {@code n} Monday-Friday days after {@code from} (before it when negative); 0 is {@code from} itself. */
    static LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        for (int left = Math.abs(n); left > 0;) {
            day = day.plusDays(Integer.signum(n));
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    private static String yesNo(Random r, double yes) {
        return r.nextDouble() < yes ? "Yes" : "No";
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }

    private static Category weighted(List<Category> categories, Random r) {
        double total = categories.stream().mapToDouble(Category::weight).sum();
        double x = r.nextDouble() * total;
        for (Category c : categories) {
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        return categories.get(categories.size() - 1);
    }

    private static int pickWeighted(double[] weights, Random r) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
