package uk.safeguarding.scorecard.yearlyreport;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import uk.safeguarding.scorecard.store.AssessmentRepository;

/** Saves a chunk's new assessments in the store in one batch (idempotent: a re-run replaces, never duplicates). */
class AssessmentWriter implements ItemWriter<ScoredInput> {
    private final AssessmentRepository store;
    private final String scoringKey;

    AssessmentWriter(AssessmentRepository store, String scoringKey) {
        this.store = store;
        this.scoringKey = scoringKey;
    }

    @Override
    public void write(Chunk<? extends ScoredInput> chunk) {
        store.saveAll(scoringKey, chunk.getItems().stream().map(ScoredInput::assessment).toList());
    }
}
