package uk.safeguarding.scorecard.partnership;

/** A local safeguarding children partnership. */
public record Partnership(String code, String name) {
}
