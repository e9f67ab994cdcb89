package uk.safeguarding.scorecard.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate batch;

    public AssessmentRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The content hashes whose assessment under this key is stored whole. */
    public Set<String> storedHashes(String scoringKey) {
        return new HashSet<>(jdbc.sql("""
                select d.content_hash from scored_document d where d.scoring_key = ?
                  and d.requirement_count = (select count(*) from requirement_score s
                                             where s.content_hash = d.content_hash and s.scoring_key = d.scoring_key)
                  and d.evidence_count = (select count(*) from evidence e
                                          where e.content_hash = d.content_hash and e.scoring_key = d.scoring_key)""")
                .param(scoringKey).query(String.class).list());
    }

    /**
     * Replaces whatever was stored for these contents and key, including rows an interrupted save
     * left behind; one batch per statement.
     */
    @Transactional
    public void saveAll(String scoringKey, List<DocumentAssessment> assessments) {
        List<Object[]> documents = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> evidence = new ArrayList<>();
        for (DocumentAssessment a : assessments) {
            documents.add(new Object[] {a.contentHash(), scoringKey, a.format() == null ? null : a.format().name(), a.pages(),
                    a.rejectReason() == null ? null : a.rejectReason().name(), truncate(a.rejectDetail(), 1000),
                    truncate(a.textPartnership(), 200), a.textPeriod(), a.scores().size(),
                    a.scores().stream().mapToInt(s -> s.evidence().size()).sum()});
            for (RequirementScore s : a.scores()) {
                scores.add(new Object[] {a.contentHash(), scoringKey, s.requirementId(), s.rating().name(), s.score(),
                        s.needsReview()});
                for (Evidence e : s.evidence()) {
                    evidence.add(new Object[] {a.contentHash(), scoringKey, s.requirementId(), e.rank(), e.page(),
                            truncate(e.quote(), 2000)});
                }
            }
        }
        List<Object[]> keys = assessments.stream().map(a -> new Object[] {a.contentHash(), scoringKey}).toList();
        for (String table : List.of("evidence", "requirement_score", "scored_document")) {
            batch.batchUpdate("delete from " + table + " where content_hash = ? and scoring_key = ?", keys);
        }
        batch.batchUpdate("""
                insert into scored_document (content_hash, scoring_key, format, pages, reject_reason, reject_detail,
                    text_partnership, text_period, requirement_count, evidence_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                documents);
        batch.batchUpdate("""
                insert into requirement_score (content_hash, scoring_key, requirement_id, rating, score, needs_review)
                values (?, ?, ?, ?, ?, ?)""", scores);
        batch.batchUpdate("""
                insert into evidence (content_hash, scoring_key, requirement_id, rank, page, quote)
                values (?, ?, ?, ?, ?, ?)""", evidence);
    }

    /** Every assessment stored under this key, by content hash, read in three queries. */
    public Map<String, DocumentAssessment> findAll(String scoringKey) {
        Map<String, Map<String, List<Evidence>>> evidence = new HashMap<>();
        jdbc.sql("select content_hash, requirement_id, rank, page, quote from evidence where scoring_key = ? "
                + "order by content_hash, requirement_id, rank").param(scoringKey)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new Evidence(rs.getInt(3), rs.getInt(4), rs.getString(5)));
                });
        Map<String, List<RequirementScore>> scores = new HashMap<>();
        jdbc.sql("select content_hash, requirement_id, rating, score, needs_review from requirement_score "
                + "where scoring_key = ? order by content_hash, requirement_id").param(scoringKey)
                .query(rs -> {
                    String hash = rs.getString(1);
                    scores.computeIfAbsent(hash, k -> new ArrayList<>()).add(new RequirementScore(rs.getString(2),
                            Rating.valueOf(rs.getString(3)), rs.getBigDecimal(4).doubleValue(), rs.getBoolean(5),
                            List.copyOf(evidence.getOrDefault(hash, Map.of()).getOrDefault(rs.getString(2), List.of()))));
                });
        Map<String, DocumentAssessment> out = new HashMap<>();
        jdbc.sql("select content_hash, format, pages, reject_reason, reject_detail, text_partnership, text_period "
                + "from scored_document where scoring_key = ?").param(scoringKey)
                .query(rs -> {
                    String hash = rs.getString(1);
                    out.put(hash, new DocumentAssessment(hash,
                            rs.getString(2) == null ? null : DocumentFormat.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getString(4) == null ? null : RejectReason.valueOf(rs.getString(4)), rs.getString(5),
                            rs.getString(6), rs.getString(7), List.copyOf(scores.getOrDefault(hash, List.of()))));
                });
        return out;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
