package uk.safeguarding.scorecard.store;

import java.util.List;
import uk.safeguarding.scorecard.document.DocumentFormat;
import uk.safeguarding.scorecard.document.RejectReason;
import uk.safeguarding.scorecard.evidence.RequirementScore;

/**
 * What the store remembers about one document's content under one scoring key: either its
 * requirement scores or why it could not be read.
 *
 * @param contentHash SHA-256 of the file bytes
 * @param format detected format (null when rejected before detection)
 * @param pages number of pages read
 * @param rejectReason null when the document was scored
 * @param rejectDetail what exactly was wrong, for the analyst
 * @param textPartnership partnership name found in the text, if any
 * @param textPeriod reporting period (yyyy-yy) found in the text, if any
 * @param scores one score per content requirement (empty when rejected)
 */
public record DocumentAssessment(String contentHash, DocumentFormat format, int pages, RejectReason rejectReason,
        String rejectDetail, String textPartnership, String textPeriod, List<RequirementScore> scores) {

    public static DocumentAssessment rejected(String contentHash, RejectReason reason, String detail) {
        return new DocumentAssessment(contentHash, null, 0, reason, detail, null, null, List.of());
    }

    public boolean isRejected() {
        return rejectReason != null;
    }
}
