package uk.safeguarding.scorecard.notification;

import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Validates and types each row; a row that stands for an unreadable file passes on its problem. */
class NotificationRowProcessor implements ItemProcessor<SourceRow, RowOutcome> {
    private final RowValidator validator;

    NotificationRowProcessor(RowValidator validator) {
        this.validator = validator;
    }

    @Override
    public RowOutcome process(SourceRow row) {
        return row.problem() != null ? new RowOutcome(row, null, List.of(row.problem())) : validator.validate(row);
    }
}
