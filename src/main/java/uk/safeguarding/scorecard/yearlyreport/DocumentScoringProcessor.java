package uk.safeguarding.scorecard.yearlyreport;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import uk.safeguarding.scorecard.Sha256;
import uk.safeguarding.scorecard.document.DocumentReader;
import uk.safeguarding.scorecard.document.ExtractedDocument;
import uk.safeguarding.scorecard.document.Page;
import uk.safeguarding.scorecard.document.UnreadableDocumentException;
import uk.safeguarding.scorecard.evidence.EvidenceScorer;
import uk.safeguarding.scorecard.store.AssessmentRepository;
import uk.safeguarding.scorecard.store.DocumentAssessment;

/**
 * Reads and scores one document, unless the store already holds its content under the same
 * scoring key (then the item is filtered out and counted as unchanged; what is stored is read once,
 * when the step's first document comes). An unreadable document becomes a rejected assessment,
 * never a failed step.
 */
class DocumentScoringProcessor implements ItemProcessor<InputDocument, ScoredInput> {
    private static final Logger log = LoggerFactory.getLogger(DocumentScoringProcessor.class);

    private final DocumentReader reader;
    private final EvidenceScorer scorer;
    private final AssessmentRepository store;
    private final String scoringKey;
    private Set<String> stored;

    DocumentScoringProcessor(DocumentReader reader, EvidenceScorer scorer, AssessmentRepository store, String scoringKey) {
        this.reader = reader;
        this.scorer = scorer;
        this.store = store;
        this.scoringKey = scoringKey;
    }

    @Override
    public ScoredInput process(InputDocument input) {
        if (stored == null) {
            stored = store.storedHashes(scoringKey);
        }
        String hash = Sha256.of(input.file());
        if (!stored.add(hash)) {
            return null; // stored by an earlier run, or the same content as a file before it
        }
        return new ScoredInput(input, assess(input, hash));
    }

    private DocumentAssessment assess(InputDocument input, String hash) {
        try {
            ExtractedDocument doc = reader.read(input.file());
            String opening = doc.pages().stream().limit(2).map(Page::text).reduce("", (a, b) -> a + "\n" + b);
            return new DocumentAssessment(hash, doc.format(), doc.pageCount(), null, null,
                    TextIdentity.partnership(opening), TextIdentity.period(opening), scorer.score(doc.pages()));
        } catch (UnreadableDocumentException e) {
            log.warn("Rejected {}: {} ({})", input.fileName(), e.reason(), e.getMessage());
            return DocumentAssessment.rejected(hash, e.reason(), e.getMessage());
        }
    }
}
