package uk.safeguarding.scorecard.yearlyreport;

import uk.safeguarding.scorecard.store.DocumentAssessment;

/** An input document with the assessment just made of it. */
record ScoredInput(InputDocument input, DocumentAssessment assessment) {
}
