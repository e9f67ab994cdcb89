package uk.safeguarding.scorecard.yearlyreport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.scorecard.ConfigurationException;
import uk.safeguarding.scorecard.evidence.Rating;
import uk.safeguarding.scorecard.export.CsvTable;
import uk.safeguarding.scorecard.rubric.Rubric;

/** Analysts' corrections ({@code overrides.csv}); each wins over the automatic rating it names. */
final class RatingOverrides {
    private final Map<String, RatingOverride> byKey;

    private RatingOverrides(Map<String, RatingOverride> byKey) {
        this.byKey = byKey;
    }

    static RatingOverrides load(Path configDir, Rubric rubric) {
        Path file = configDir.resolve("overrides.csv");
        Map<String, RatingOverride> byKey = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new RatingOverrides(byKey);
        }
        CsvTable table = CsvTable.read(file, "document_id", "requirement_id", "rating", "reviewer", "reason");
        for (CsvTable.Row row : table.rows()) {
            String requirement = row.get("requirement_id");
            Rating rating;
            try {
                rating = Rating.valueOf(row.get("rating").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(file + " line " + row.line() + ": rating '" + row.get("rating")
                        + "' must be FULLY, PARTLY or NOT");
            }
            if (rubric.requirement(requirement).filter(r -> r.isContent()).isEmpty()) {
                throw new ConfigurationException(file + " line " + row.line() + ": '" + requirement
                        + "' is not a content requirement of rubric " + rubric.id());
            }
            RatingOverride o = new RatingOverride(row.get("document_id"), requirement, rating, row.get("reviewer"),
                    row.get("reason"));
            byKey.put(key(o.documentId(), requirement), o);
        }
        return new RatingOverrides(byKey);
    }

    Optional<RatingOverride> find(String documentId, String requirementId) {
        return Optional.ofNullable(byKey.get(key(documentId, requirementId)));
    }

    private static String key(String documentId, String requirementId) {
        return documentId.toLowerCase(Locale.ROOT) + "\u0000" + requirementId;
    }
}
