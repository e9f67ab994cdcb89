package uk.safeguarding.scorecard.document;

/** The document formats the yearly-reports job reads. */
public enum DocumentFormat { PDF, DOCX, HTML, TXT }
