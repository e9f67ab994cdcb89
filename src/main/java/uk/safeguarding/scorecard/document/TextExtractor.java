package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Extracts the pages of text of one document format. */
interface TextExtractor {
    List<Page> extract(Path file, ExtractionLimits limits) throws IOException, UnreadableDocumentException;
}
