package uk.safeguarding.scorecard.document;

/** The text of one page (or page-sized section) of a document; pages count from 1. */
public record Page(int number, String text) {
}
