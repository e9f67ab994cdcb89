package uk.safeguarding.scorecard.yearlyreport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
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
 *
 * <p>Reading ahead (when the partition has a second thread): while a document is being scored,
 * the next two of the partition that need scoring are already being read on worker threads.
 */
class DocumentScoringProcessor implements ItemProcessor<InputDocument, ScoredInput>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(DocumentScoringProcessor.class);
    /** Documents read ahead: enough that the worker still has one while this thread stores a chunk. */
    private static final int DOCUMENTS_AHEAD = 2;

    private final DocumentReader reader;
    private final EvidenceScorer scorer;
    private final AssessmentRepository store;
    private final String scoringKey;
    private final List<InputDocument> partition;
    private final Map<Path, Integer> positions = new HashMap<>();
    private final Map<Path, String> hashes = new HashMap<>();
    private final Map<Path, DocumentReader.Reading> readingAhead = new HashMap<>();
    private final boolean readAhead;
    private Set<String> stored;

    DocumentScoringProcessor(DocumentReader reader, EvidenceScorer scorer, AssessmentRepository store, String scoringKey,
            List<InputDocument> partition, boolean readAhead) {
        this.reader = reader;
        this.scorer = scorer;
        this.store = store;
        this.scoringKey = scoringKey;
        this.partition = partition;
        this.readAhead = readAhead;
        for (int i = 0; i < partition.size(); i++) {
            positions.put(partition.get(i).file(), i);
        }
    }

    @Override
    public ScoredInput process(InputDocument input) {
        if (stored == null) {
            stored = store.storedHashes(scoringKey);
        }
        DocumentReader.Reading reading = readingAhead.remove(input.file());
        String hash = hash(input);
        if (!stored.add(hash)) { // stored by an earlier run, or the same content as a file before it
            if (reading != null) {
                reading.cancel();
            }
            return null;
        }
        if (reading == null) {
            reading = reader.start(input.file());
        }
        if (readAhead) {
            readAheadAfter(input);
        }
        return new ScoredInput(input, assess(input, hash, reading));
    }

    /** Starts reading the partition's next document whose content is not stored yet. */
    private void readAheadAfter(InputDocument input) {
        Integer at = positions.get(input.file());
        int started = 0;
        for (int i = at == null ? partition.size() : at + 1; i < partition.size() && started < DOCUMENTS_AHEAD; i++) {
            InputDocument next = partition.get(i);
            if (!stored.contains(hash(next))) {
                readingAhead.computeIfAbsent(next.file(), reader::start);
                started++;
            }
        }
    }

    private String hash(InputDocument input) {
        return hashes.computeIfAbsent(input.file(), Sha256::of);
    }

    private DocumentAssessment assess(InputDocument input, String hash, DocumentReader.Reading reading) {
        try {
            ExtractedDocument doc = reading.await();
            String opening = doc.pages().stream().limit(2).map(Page::text).reduce("", (a, b) -> a + "\n" + b);
            return new DocumentAssessment(hash, doc.format(), doc.pageCount(), null, null,
                    TextIdentity.partnership(opening), TextIdentity.period(opening), scorer.score(doc.pages()));
        } catch (UnreadableDocumentException e) {
            log.warn("Rejected {}: {} ({})", input.fileName(), e.reason(), e.getMessage());
            return DocumentAssessment.rejected(hash, e.reason(), e.getMessage());
        }
    }

    /** A reading started ahead for a step that then stopped (failed or killed) is not wanted any more. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        readingAhead.values().forEach(DocumentReader.Reading::cancel);
        readingAhead.clear();
        return stepExecution.getExitStatus();
    }
}
