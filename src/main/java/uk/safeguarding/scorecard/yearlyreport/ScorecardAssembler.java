package uk.safeguarding.scorecard.yearlyreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safeguarding.scorecard.calendar.DeadlineStatus;
import uk.safeguarding.scorecard.document.RejectReason;
import uk.safeguarding.scorecard.evidence.Evidence;
import uk.safeguarding.scorecard.evidence.Rating;
import uk.safeguarding.scorecard.evidence.RequirementScore;
import uk.safeguarding.scorecard.partnership.Partnership;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;
import uk.safeguarding.scorecard.rubric.Requirement;
import uk.safeguarding.scorecard.rubric.Rubric;
import uk.safeguarding.scorecard.store.DocumentAssessment;

/**
 * Turns the stored assessments of this run's input files, the register and the analysts'
 * overrides into the rows of every yearly-reports output. Pure: no I/O.
 */
final class ScorecardAssembler {
    static final String MISSING = "MISSING";
    static final String REJECTED = "REJECTED";
    private static final Pattern FILE_NAME_IDENTITY = Pattern.compile("^(.+?)[_ ](\\d{4}-\\d{2})$");

    private final Rubric rubric;
    private final SubmissionsRegister register;
    private final RatingOverrides overrides;
    private final PartnershipDirectory partnerships;
    private final LocalDate asOf;

    ScorecardAssembler(Rubric rubric, SubmissionsRegister register, RatingOverrides overrides,
            PartnershipDirectory partnerships, LocalDate asOf) {
        this.rubric = rubric;
        this.register = register;
        this.overrides = overrides;
        this.partnerships = partnerships;
        this.asOf = asOf;
    }

    /** @param assessments each input document with its assessment, in input order */
    YearlyReportResults assemble(List<ScoredInput> assessments) {
        List<List<String>> scorecard = new ArrayList<>();
        List<List<String>> ratings = new ArrayList<>();
        List<List<String>> evidence = new ArrayList<>();
        List<List<String>> rejects = new ArrayList<>();
        Map<String, Integer> rejectedByReason = new TreeMap<>();
        Map<String, String> firstById = new HashMap<>();
        Map<String, String> firstByHash = new HashMap<>();
        Set<RegisterEntry> accounted = new HashSet<>();

        for (ScoredInput in : assessments) {
            InputDocument doc = in.input();
            DocumentAssessment a = in.assessment();
            String sameId = firstById.putIfAbsent(doc.documentId().toLowerCase(Locale.ROOT), doc.fileName());
            String sameContent = firstByHash.putIfAbsent(a.contentHash(), doc.fileName());
            Optional<RegisterEntry> entry = register.forFile(doc.fileName());
            entry.ifPresent(accounted::add);
            if (sameId != null || sameContent != null) {
                String detail = sameId != null ? "same document id as " + sameId : "same content as " + sameContent;
                addReject(rejects, rejectedByReason, doc.fileName(), RejectReason.DUPLICATE.name(), detail);
                entry.ifPresent(e -> scorecard.add(placeholderRow(doc.documentId(), e, REJECTED)));
                continue;
            }
            if (a.isRejected()) {
                addReject(rejects, rejectedByReason, doc.fileName(), a.rejectReason().name(), a.rejectDetail());
                entry.ifPresent(e -> scorecard.add(placeholderRow(doc.documentId(), e, REJECTED)));
                continue;
            }
            Identity id = identify(doc, a, entry.orElse(null));
            List<String> row = new ArrayList<>(List.of(doc.documentId(), id.code, id.name, id.period, doc.fileName(),
                    String.valueOf(a.pages())));
            List<Rating> finals = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            boolean review = id.needsReview;
            for (Requirement req : rubric.contentRequirements()) {
                RequirementScore s = a.scores().stream().filter(x -> x.requirementId().equals(req.id())).findFirst()
                        .orElse(new RequirementScore(req.id(), Rating.NOT, 0, true, List.of()));
                Optional<RatingOverride> o = overrides.find(doc.documentId(), req.id());
                Rating rating = o.map(RatingOverride::rating).orElse(s.rating());
                boolean needsReview = s.needsReview() && o.isEmpty();
                review |= needsReview;
                finals.add(rating);
                cells.add(rating.name());
                ratings.add(List.of(doc.documentId(), id.code, id.period, req.id(), rating.name(), s.rating().name(),
                        String.format(Locale.ROOT, "%.2f", s.score()), String.valueOf(s.evidence().size()),
                        pages(s.evidence()), yesNo(needsReview), o.map(RatingOverride::explanation).orElse("")));
                for (Evidence e : s.evidence()) {
                    evidence.add(List.of(doc.documentId(), req.id(), String.valueOf(e.rank()), String.valueOf(e.page()), e.quote()));
                }
            }
            for (Requirement req : rubric.deadlineRequirements()) {
                DeadlineStatus status = ReportDeadlines.judge(req.deadline(), entry.orElse(null), asOf);
                cells.add(status.name());
                ratings.add(List.of(doc.documentId(), id.code, id.period, req.id(), status.name(), status.name(), "",
                        "0", "", "no", ""));
            }
            row.add(Rating.overall(finals).name());
            row.addAll(cells);
            row.addAll(List.of(yesNo(review), rubric.id(), rubric.version()));
            scorecard.add(row);
        }
        for (RegisterEntry e : register.entries()) {
            if (!accounted.contains(e)) {
                String id = e.file().isBlank() ? e.partnershipCode() + "_" + e.reportingPeriod() : stripExtension(e.file());
                scorecard.add(placeholderRow(id, e, MISSING));
            }
        }
        scorecard.sort(Comparator.<List<String>, String>comparing(r -> r.get(1)).thenComparing(r -> r.get(3))
                .thenComparing(r -> r.get(0)));
        int missing = (int) scorecard.stream().filter(r -> r.get(6).equals(MISSING)).count();
        int deadlineStart = 7 + rubric.contentRequirements().size();
        int missed = (int) scorecard.stream()
                .flatMap(r -> r.subList(deadlineStart, deadlineStart + rubric.deadlineRequirements().size()).stream())
                .filter(c -> c.equals("LATE") || c.equals("OVERDUE")).count();
        return new YearlyReportResults(header(), scorecard, ratings, evidence, rejects, rejectedByReason, missing, missed);
    }

    List<String> header() {
        List<String> h = new ArrayList<>(List.of("document_id", "partnership_code", "partnership_name",
                "reporting_period", "file", "pages", "overall"));
        rubric.requirements().stream().filter(Requirement::isContent).forEach(r -> h.add(r.id()));
        rubric.deadlineRequirements().forEach(r -> h.add(r.id()));
        h.addAll(List.of("needs_review", "rubric", "rubric_version"));
        return h;
    }

    /** A register row whose report is missing or could not be read. */
    private List<String> placeholderRow(String documentId, RegisterEntry e, String state) {
        List<String> row = new ArrayList<>(List.of(documentId, e.partnershipCode(), e.partnershipName(),
                e.reportingPeriod(), e.file(), "", state));
        rubric.contentRequirements().forEach(r -> row.add(state));
        rubric.deadlineRequirements().forEach(r -> row.add(ReportDeadlines.judge(r.deadline(), e, asOf).name()));
        row.addAll(List.of("yes", rubric.id(), rubric.version()));
        return row;
    }

    private record Identity(String code, String name, String period, boolean needsReview) {
    }

    /** Partnership and period: from the register, else the file name, else the text, else blank. */
    private Identity identify(InputDocument doc, DocumentAssessment a, RegisterEntry entry) {
        if (entry != null) {
            return new Identity(entry.partnershipCode(), entry.partnershipName(), entry.reportingPeriod(), false);
        }
        Matcher m = FILE_NAME_IDENTITY.matcher(doc.documentId());
        if (m.matches()) {
            Optional<Partnership> p = partnerships.find(m.group(1));
            return p.map(x -> new Identity(x.code(), x.name(), m.group(2), false))
                    .orElse(new Identity(m.group(1), "", m.group(2), true));
        }
        if (a.textPartnership() != null) {
            Optional<Partnership> p = partnerships.find(a.textPartnership());
            String period = a.textPeriod() == null ? "" : a.textPeriod();
            return p.map(x -> new Identity(x.code(), x.name(), period, period.isEmpty()))
                    .orElse(new Identity("", a.textPartnership(), period, true));
        }
        return new Identity("", "", a.textPeriod() == null ? "" : a.textPeriod(), true);
    }

    private static void addReject(List<List<String>> rejects, Map<String, Integer> counts, String file, String reason,
            String detail) {
        rejects.add(List.of(file, reason, detail == null ? "" : detail));
        counts.merge(reason, 1, Integer::sum);
    }

    private static String pages(List<Evidence> evidence) {
        return String.join(";", evidence.stream().map(e -> e.page()).distinct().sorted().map(String::valueOf).toList());
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String stripExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
