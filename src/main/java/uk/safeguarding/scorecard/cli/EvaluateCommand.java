package uk.safeguarding.scorecard.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.evidence.Agreement;
import uk.safeguarding.scorecard.evidence.Rating;
import uk.safeguarding.scorecard.export.CsvTable;

/** {@code scorecard evaluate}: how well automatic ratings agree with human labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compares a requirement-ratings.csv with a labels CSV (doc, requirement, rating) and prints "
                + "exact agreement, Cohen's kappa and the confusion matrix, per requirement and overall.")
class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Human labels: doc, requirement, rating")
    Path labels;

    @Option(names = "--ratings", required = true, paramLabel = "FILE", description = "A requirement-ratings.csv")
    Path ratings;

    @Option(names = "--show-disagreements", description = "Also list every disagreement")
    boolean showDisagreements;

    @Override
    public Integer call() {
        Agreement agreement = compare(labels, ratings);
        System.out.print(report(agreement, showDisagreements));
        return ExitCode.COMPLETED;
    }

    /** Pairs every label with the automatic rating of the same document and requirement. */
    static Agreement compare(Path labelsFile, Path ratingsFile) {
        Map<String, Rating> automatic = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(ratingsFile, "document_id", "requirement_id", "auto_rating").rows()) {
            parse(row.get("auto_rating")).ifPresent(r -> automatic.put(key(row.get("document_id"), row.get("requirement_id")), r));
        }
        List<Agreement.Pair> pairs = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(labelsFile, "doc", "requirement", "rating").rows()) {
            Rating human = parse(row.get("rating")).orElseThrow(() -> new ConfigurationException(
                    labelsFile + " line " + row.line() + ": rating must be FULLY, PARTLY or NOT"));
            Rating auto = automatic.get(key(row.get("doc"), row.get("requirement")));
            if (auto == null) {
                throw new ConfigurationException(ratingsFile + " has no rating for " + row.get("doc") + " / "
                        + row.get("requirement") + " (labels line " + row.line() + ")");
            }
            pairs.add(new Agreement.Pair(row.get("doc"), row.get("requirement"), human, auto));
        }
        return new Agreement(pairs);
    }

    static String report(Agreement agreement, boolean disagreements) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-12s %5s %9s %7s%n", "requirement", "n", "agreement", "kappa"));
        agreement.byRequirement().forEach((req, s) -> sb.append(line(req, s)));
        Agreement.Stats all = agreement.overall();
        sb.append(line("overall", all));
        sb.append(String.format(Locale.ROOT, "%nconfusion (rows: human, columns: automatic)%n%-8s %7s %7s %7s%n",
                "", "FULLY", "PARTLY", "NOT"));
        for (Rating h : Rating.values()) {
            int[] row = all.confusion()[h.ordinal()];
            sb.append(String.format(Locale.ROOT, "%-8s %7d %7d %7d%n", h, row[0], row[1], row[2]));
        }
        if (disagreements) {
            sb.append(String.format("%ndisagreements%n"));
            agreement.disagreements().forEach(p -> sb.append(String.format("%s %s human=%s automatic=%s%n",
                    p.document(), p.requirement(), p.human(), p.automatic())));
        }
        return sb.toString();
    }

    private static String line(String name, Agreement.Stats s) {
        return String.format(Locale.ROOT, "%-12s %5d %9.3f %7.3f%n", name, s.n(), s.agreement(), s.kappa());
    }

    private static java.util.Optional<Rating> parse(String value) {
        try {
            return java.util.Optional.of(Rating.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static String key(String doc, String requirement) {
        return doc.toLowerCase(Locale.ROOT) + "\u0000" + requirement;
    }
}
