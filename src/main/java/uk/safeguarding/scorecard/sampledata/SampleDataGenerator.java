package uk.safeguarding.scorecard.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.safeguarding.scorecard.evidence.Rating;
import uk.safeguarding.scorecard.export.CsvOutput;

/**
 * Writes realistic fictional yearly reports (PDF and DOCX, from excellent to poor) and their
 * submissions register. With no report count it writes the showcase set shipped in {@code input/}:
 * known profiles, one report that only pastes the guidance, one corrupt file, one partnership
 * that did not submit.
 */
public final class SampleDataGenerator {
    private static final List<String> AREAS = List.of("Northmere", "Ashby Vale", "Kestrel Bay", "Harrowfield",
            "Linden Moor", "Saltmarsh", "Greywater", "Thornbury Cross", "Fenwick Downs", "Elmstead", "Caldermouth",
            "Brackenridge", "Oakhollow", "Redwick", "Stonebridge", "Marlow Heath", "Silverdale Fen", "Highcombe");
    private static final String PERIOD = "2024-25";

    private final ReportComposer composer = new ReportComposer(PassageBank.load());

    /** The showcase profiles: their levels are what the shipped scorecard must show. */
    public static List<String[]> showcase() {
        return List.of(
                new String[] {"Northmere", "FFFFFFF", "pdf"},
                new String[] {"Ashby Vale", "FFFPFPF", "docx"},
                new String[] {"Kestrel Bay", "FFPPPFP", "pdf"},
                new String[] {"Harrowfield", "FPPPNPP", "docx"},
                new String[] {"Linden Moor", "PPPNNPN", "pdf"},
                new String[] {"Saltmarsh", "PFNNPNP", "pdf"},
                new String[] {"Greywater", "NNNNNNN", "docx"},
                new String[] {"Thornbury Cross", "PNPNNNN", "pdf"});
    }

    /** Writes {@code out/yearly-reports/} and {@code out/register/submissions.csv}; returns the profiles written. */
    public List<ReportProfile> generate(Path out, Integer reports, int pagesPerReport, long seed) throws IOException {
        return generate(out, reports, pagesPerReport, seed, false);
    }

    /** As {@link #generate(Path, Integer, int, long)}; with {@code pdfOnly} every random report is a PDF. */
    public List<ReportProfile> generate(Path out, Integer reports, int pagesPerReport, long seed, boolean pdfOnly)
            throws IOException {
        Random random = new Random(seed);
        List<ReportProfile> profiles = new ArrayList<>();
        if (reports == null) {
            for (String[] s : showcase()) {
                profiles.add(new ReportProfile(s[0], PERIOD, levels(s[1]), s[0].equals("Greywater"), s[2]));
            }
        } else {
            for (int i = 0; i < reports; i++) {
                String area = AREAS.get(i % AREAS.size()) + (i < AREAS.size() ? "" : " " + (i / AREAS.size() + 1));
                List<Rating> levels = new ArrayList<>();
                double quality = random.nextDouble();
                for (int r = 0; r < ReportComposer.REQUIREMENTS.size(); r++) {
                    double x = random.nextDouble() * 0.6 + quality * 0.4;
                    levels.add(x > 0.62 ? Rating.FULLY : x > 0.38 ? Rating.PARTLY : Rating.NOT);
                }
                profiles.add(new ReportProfile(area, PERIOD, levels, random.nextInt(8) == 0, i % 3 == 2 && !pdfOnly ? "docx" : "pdf"));
            }
        }
        Path reportsDir = Files.createDirectories(out.resolve("yearly-reports"));
        for (ReportProfile p : profiles) {
            SampleReport report = composer.compose(p, pagesPerReport, random);
            Path file = reportsDir.resolve(p.documentId() + "." + p.format());
            if (p.format().equals("pdf")) {
                ReportFiles.pdf(report, file);
            } else {
                ReportFiles.docx(report, file);
            }
        }
        List<List<String>> register = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            register.add(registerRow(profiles.get(i), i));
        }
        if (reports == null) {
            writeCorruptReport(reportsDir.resolve("fenwick-downs_" + PERIOD + ".pdf"), random);
            register.add(registerRow(new ReportProfile("Fenwick Downs", PERIOD, List.of(), false, "pdf"), 8));
            register.add(List.of("ELM", "Elmstead Safeguarding Children Partnership", PERIOD, "", "", "", "", "2024-09-30"));
        }
        CsvOutput.write(Files.createDirectories(out.resolve("register")).resolve("submissions.csv"),
                List.of("partnership_code", "partnership_name", "reporting_period", "file", "published_on",
                        "sent_to_panel_on", "sent_to_what_works_on", "previous_published_on"), register);
        return profiles;
    }

    /** Register dates: most on time; every third sent late; every fifth published late. */
    private static List<String> registerRow(ReportProfile p, int i) {
        LocalDate previous = LocalDate.of(2024, 9, 1).plusDays(i * 3L);
        LocalDate published = i % 5 == 4 ? previous.plusMonths(13) : previous.plusMonths(12).minusDays(10);
        LocalDate sent = i % 3 == 2 ? published.plusDays(12) : published.plusDays(3);
        String code = p.area().replaceAll("[^A-Za-z]", "").substring(0, 3).toUpperCase() + (i < 18 ? "" : String.valueOf(i));
        return List.of(code, p.partnership(), p.period(), p.documentId() + "." + p.format(), published.toString(),
                sent.toString(), published.plusDays(2).toString(), previous.toString());
    }

    private static void writeCorruptReport(Path file, Random random) throws IOException {
        byte[] garbage = new byte[2048];
        random.nextBytes(garbage);
        byte[] header = "%PDF-1.7\n%upload interrupted\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[header.length + garbage.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(garbage, 0, bytes, header.length, garbage.length);
        Files.write(file, bytes);
    }

    private static List<Rating> levels(String code) {
        List<Rating> out = new ArrayList<>();
        for (char c : code.toCharArray()) {
            out.add(c == 'F' ? Rating.FULLY : c == 'P' ? Rating.PARTLY : Rating.NOT);
        }
        return out;
    }
}
