package uk.safeguarding.scorecard.yearlyreport;

import java.util.List;
import java.util.Map;

/**
 * Everything the yearly-reports job writes, as rows in output order.
 *
 * @param scorecard one row per partnership and period: the columns of yearly-report-scorecard.csv
 * @param ratings rows of requirement-ratings.csv
 * @param evidence rows of evidence.csv
 * @param rejects rows of rejects.csv
 * @param rejectedByReason count of rejected files per reason code
 * @param missing register rows with no report
 * @param deadlinesMissed deadline cells that are LATE or OVERDUE
 */
public record YearlyReportResults(List<String> scorecardHeader, List<List<String>> scorecard,
        List<List<String>> ratings, List<List<String>> evidence, List<List<String>> rejects,
        Map<String, Integer> rejectedByReason, int missing, int deadlinesMissed) {

    public static final List<String> RATINGS_HEADER = List.of("document_id", "partnership_code", "reporting_period",
            "requirement_id", "rating", "auto_rating", "score", "evidence_count", "evidence_pages", "needs_review",
            "override_reason");
    public static final List<String> EVIDENCE_HEADER = List.of("document_id", "requirement_id", "rank", "page", "quote");
    public static final List<String> REJECTS_HEADER = List.of("file", "reason_code", "detail");

    public int scored() {
        return (int) scorecard.stream().filter(r -> !r.get(6).equals(ScorecardAssembler.MISSING)
                && !r.get(6).equals(ScorecardAssembler.REJECTED)).count();
    }
}
