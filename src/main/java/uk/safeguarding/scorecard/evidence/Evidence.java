package uk.safeguarding.scorecard.evidence;

/** A quote an analyst can check: where it is and what it says, best first (rank 1). */
public record Evidence(int rank, int page, String quote) {
}
