package uk.safeguarding.scorecard.evidence;

import java.util.List;

/**
 * The automatic rating of one requirement for one document.
 *
 * @param requirementId rubric requirement id
 * @param rating FULLY, PARTLY or NOT
 * @param score strength of the evidence from 0 to 1 (NOT below 0.34, FULLY from 0.67)
 * @param needsReview the rating is borderline and an analyst should look
 * @param evidence the strongest passages, best first
 */
public record RequirementScore(String requirementId, Rating rating, double score, boolean needsReview,
        List<Evidence> evidence) {
}
