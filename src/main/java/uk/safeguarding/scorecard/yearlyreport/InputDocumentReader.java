package uk.safeguarding.scorecard.yearlyreport;

import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** Hands out the input documents one by one; restartable (it records how many it has read). */
class InputDocumentReader extends AbstractItemCountingItemStreamItemReader<InputDocument> {
    private final List<InputDocument> documents;

    InputDocumentReader(List<InputDocument> documents) {
        this.documents = documents;
        setName("inputDocuments");
    }

    int size() {
        return documents.size();
    }

    /** This reader's documents, in the order it hands them out. */
    List<InputDocument> documents() {
        return documents;
    }

    @Override
    protected InputDocument doRead() {
        int next = getCurrentItemCount() - 1;
        return next < documents.size() ? documents.get(next) : null;
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doClose() {
    }
}
