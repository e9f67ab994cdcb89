package uk.safeguarding.scorecard.rubric;

import java.util.List;

/**
 * Cues shared by every requirement of a rubric.
 *
 * @param restatementCues wording that restates what a report must contain (never evidence)
 * @param promiseCues wording of a plan or promise (caps a passage at PARTLY)
 * @param futureReportingCues promises only about future reporting (never evidence)
 * @param deferralCues "covered elsewhere" or minute-taking ("was noted") wording (never evidence)
 * @param adultCues wording about adults' safeguarding: a passage with one of these and none of
 *     {@code childCues} (in itself or its heading) is about adults only and never evidence
 * @param guidanceOverlap share of a passage's words found in the guidance paragraphs above which
 *     the passage is treated as restated guidance
 */
public record ScoringSettings(List<String> restatementCues, List<String> promiseCues,
        List<String> futureReportingCues, List<String> deferralCues, List<String> adultCues, List<String> childCues,
        Double guidanceOverlap) {

    public ScoringSettings {
        restatementCues = restatementCues == null ? List.of() : List.copyOf(restatementCues);
        promiseCues = promiseCues == null ? List.of() : List.copyOf(promiseCues);
        futureReportingCues = futureReportingCues == null ? List.of() : List.copyOf(futureReportingCues);
        deferralCues = deferralCues == null ? List.of() : List.copyOf(deferralCues);
        adultCues = adultCues == null ? List.of() : List.copyOf(adultCues);
        childCues = childCues == null ? List.of() : List.copyOf(childCues);
        guidanceOverlap = guidanceOverlap == null ? 0.75 : guidanceOverlap;
    }
}
