package uk.safeguarding.scorecard.rubric;

import java.util.List;
import java.util.Optional;

/**
 * A scoring rubric loaded from {@code job-config/rubrics/<id>.yml}: the requirements a document is
 * rated against, with the cues that find evidence for each.
 *
 * @param id stable rubric id, e.g. {@code wt2018-yearly-report}
 * @param version analysts' version of the rubric; written on every output row
 * @param title human title
 * @param source the guidance the requirements come from
 * @param scoring cues and thresholds shared by all requirements
 * @param requirements content and deadline requirements, in output order
 * @param fingerprint hash of the rubric file and the scoring method; a change means re-scoring
 */
public record Rubric(String id, String version, String title, String source, ScoringSettings scoring,
        List<Requirement> requirements, String fingerprint) {

    public List<Requirement> contentRequirements() {
        return requirements.stream().filter(Requirement::isContent).toList();
    }

    public List<Requirement> deadlineRequirements() {
        return requirements.stream().filter(r -> !r.isContent()).toList();
    }

    public Optional<Requirement> requirement(String requirementId) {
        return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
    }
}
