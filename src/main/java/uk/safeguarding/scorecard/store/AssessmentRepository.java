package uk.safeguarding.scorecard.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.scorecard.document.DocumentFormat;
import uk.safeguarding.scorecard.document.RejectReason;
import uk.safeguarding.scorecard.evidence.Evidence;
import uk.safeguarding.scorecard.evidence.Rating;
import uk.safeguarding.scorecard.evidence.RequirementScore;

/**
 * Stores and finds document assessments by content hash and scoring key. Saving is idempotent, and a
 * document only counts as stored when all its rows are: a kill while one was being saved (which the
 * embedded database can leave half-kept) makes it be scored again, not read back incomplete.
 */
@Repository
public class AssessmentRepository {
    private final JdbcClient jdbc;

    public AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean contains(String contentHash, String scoringKey) {
        return jdbc.sql("""
                select count(*) from scored_document d where d.content_hash = ? and d.scoring_key = ?
                  and d.requirement_count = (select count(*) from requirement_score s
                                             where s.content_hash = d.content_hash and s.scoring_key = d.scoring_key)
                  and d.evidence_count = (select count(*) from evidence e
                                          where e.content_hash = d.content_hash and e.scoring_key = d.scoring_key)""")
                .params(contentHash, scoringKey).query(Integer.class).single() > 0;
    }

    /** Replaces whatever was stored for this content and key, including rows an interrupted save left behind. */
    @Transactional
    public void save(String scoringKey, DocumentAssessment a) {
        for (String table : List.of("evidence", "requirement_score", "scored_document")) {
            jdbc.sql("delete from " + table + " where content_hash = ? and scoring_key = ?")
                    .params(a.contentHash(), scoringKey).update();
        }
        jdbc.sql("""
                insert into scored_document (content_hash, scoring_key, format, pages, reject_reason, reject_detail,
                    text_partnership, text_period, requirement_count, evidence_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.contentHash(), scoringKey, a.format() == null ? null : a.format().name(), a.pages(),
                        a.rejectReason() == null ? null : a.rejectReason().name(), truncate(a.rejectDetail(), 1000),
                        truncate(a.textPartnership(), 200), a.textPeriod(), a.scores().size(),
                        a.scores().stream().mapToInt(s -> s.evidence().size()).sum())
                .update();
        for (RequirementScore s : a.scores()) {
            jdbc.sql("""
                    insert into requirement_score (content_hash, scoring_key, requirement_id, rating, score, needs_review)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(a.contentHash(), scoringKey, s.requirementId(), s.rating().name(), s.score(), s.needsReview())
                    .update();
            for (Evidence e : s.evidence()) {
                jdbc.sql("""
                        insert into evidence (content_hash, scoring_key, requirement_id, rank, page, quote)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(a.contentHash(), scoringKey, s.requirementId(), e.rank(), e.page(), truncate(e.quote(), 2000))
                        .update();
            }
        }
    }

    public Optional<DocumentAssessment> find(String contentHash, String scoringKey) {
        Map<String, List<Evidence>> evidence = new HashMap<>();
        jdbc.sql("select requirement_id, rank, page, quote from evidence where content_hash = ? and scoring_key = ? "
                + "order by requirement_id, rank").params(contentHash, scoringKey)
                .query((rs, n) -> evidence.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Evidence(rs.getInt(2), rs.getInt(3), rs.getString(4))))
                .list();
        List<RequirementScore> scores = jdbc.sql("select requirement_id, rating, score, needs_review from requirement_score "
                + "where content_hash = ? and scoring_key = ? order by requirement_id").params(contentHash, scoringKey)
                .query((rs, n) -> new RequirementScore(rs.getString(1), Rating.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3).doubleValue(), rs.getBoolean(4),
                        List.copyOf(evidence.getOrDefault(rs.getString(1), List.of()))))
                .list();
        return jdbc.sql("select format, pages, reject_reason, reject_detail, text_partnership, text_period "
                + "from scored_document where content_hash = ? and scoring_key = ?").params(contentHash, scoringKey)
                .query((rs, n) -> new DocumentAssessment(contentHash,
                        rs.getString(1) == null ? null : DocumentFormat.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getString(3) == null ? null : RejectReason.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), scores))
                .optional();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
