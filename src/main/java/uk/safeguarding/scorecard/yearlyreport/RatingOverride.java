package uk.safeguarding.scorecard.yearlyreport;

import uk.safeguarding.scorecard.evidence.Rating;

/** An analyst's correction of one automatic rating, from {@code job-config/overrides.csv}. */
record RatingOverride(String documentId, String requirementId, Rating rating, String reviewer, String reason) {

    String explanation() {
        return reviewer.isBlank() ? reason : reason + " (" + reviewer + ")";
    }
}
