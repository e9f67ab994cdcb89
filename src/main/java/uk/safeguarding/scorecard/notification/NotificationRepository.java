package uk.safeguarding.scorecard.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores notifications (upserted by notification id and child ref) and the findings of each ingest run. */
@Repository
public class NotificationRepository {
    /** A record's columns, in {@link #fields} order. */
    private static final String RECORD_COLUMNS = "notification_id, child_ref, partnership_code, incident_date, "
            + "la_aware_date, notified_date, incident_type, harm_category, child_age_years, gender, ethnicity, "
            + "rapid_review_submitted_date, lcspr_decision, lcspr_decision_date, lcspr_sent_to_panel_date, "
            + "lcspr_published_date, domestic_abuse, parental_mental_health, parental_alcohol_misuse, parental_drug_misuse, "
            + "neglect, known_to_childrens_social_care";
    private static final String COLUMNS = RECORD_COLUMNS + ", source_file, source_sheet, source_row, source_run, "
            + "content_hash, source_item, previous_content_hash";
    private static final int COLUMN_COUNT = 29;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final String upsert;
    private final String insert;

    public NotificationRepository(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.template = template;
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            String values = "?" + ", ?".repeat(COLUMN_COUNT - 1);
            insert = "insert into notification (" + COLUMNS + ") values (" + values + ")";
            if (postgres) {
                StringBuilder set = new StringBuilder();
                for (String col : COLUMNS.split(", ")) {
                    if (!col.equals("notification_id") && !col.equals("child_ref")) {
                        set.append(set.length() == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
                    }
                }
                upsert = "insert into notification (" + COLUMNS + ") values (" + values
                        + ") on conflict (notification_id, child_ref) do update set " + set;
            } else {
                upsert = "merge into notification (" + COLUMNS + ") key (notification_id, child_ref) values (" + values + ")";
            }
        }
    }

    /**
     * A stored row's content hash, its hash before the run that last loaded it (null: that run
     * added it), and that run.
     */
    private record Stored(Long hash, Long previousHash, long run) {
    }

    /**
     * Stores the loaded rows of a chunk whose first row is item {@code firstItem} of the run: inserts
     * or replaces each record, remembering where it came from (file, sheet, row and item), which run
     * loaded it, its content hash and its hash before this run. A row this run already stored (left
     * by an interrupted chunk that is being read again) keeps its hash from before the run. Rows not
     * stored yet are plainly inserted, which is cheaper than a merge. Without {@code lookUp} (the
     * caller knows none of the rows can be stored yet) every row is inserted without asking.
     *
     * @return each loaded row's content hash before this run (absent for a row the run added)
     */
    Map<RowOutcome, Long> upsert(List<RowOutcome> outcomes, long firstItem, long runId, boolean lookUp) {
        Map<List<String>, Stored> stored = !lookUp ? Map.of() : stored(outcomes.stream().filter(o -> !o.rejected())
                .map(o -> o.record().notificationId()).collect(Collectors.toSet()));
        Map<RowOutcome, Long> before = new IdentityHashMap<>();
        List<Loading> fresh = new ArrayList<>();
        List<Loading> known = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            RowOutcome o = outcomes.get(i);
            if (o.rejected()) {
                continue;
            }
            Stored was = stored.get(List.of(o.record().notificationId(), o.record().childRef()));
            Long previous = was == null ? null : was.run() == runId ? was.previousHash() : was.hash();
            (was == null ? fresh : known).add(new Loading(o, firstItem + i, previous));
            if (previous != null) {
                before.put(o, previous);
            }
        }
        write(insert, fresh, runId);
        write(upsert, known, runId);
        return before;
    }

    /** A row being loaded: its position in the run's input, and its hash before the run. */
    private record Loading(RowOutcome outcome, long item, Long previousHash) {
    }

    private void write(String sql, List<Loading> rows, long runId) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
            RowOutcome o = row.outcome();
            Object[] fields = fields(o.record());
            Object[] values = Arrays.copyOf(fields, COLUMN_COUNT);
            values[fields.length] = o.source().file();
            values[fields.length + 1] = o.source().sheet();
            values[fields.length + 2] = o.source().row();
            values[fields.length + 3] = runId;
            values[fields.length + 4] = o.recordHash();
            values[fields.length + 5] = row.item();
            values[fields.length + 6] = row.previousHash();
            for (int i = 0; i < values.length; i++) {
                bind(ps, i + 1, values[i]);
            }
        });
    }

    /** Binds one value with the setter of its type (cheaper for the driver than working the type out). */
    private static void bind(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.NULL);
        } else if (v instanceof String text) {
            ps.setString(index, text);
        } else if (v instanceof Integer number) {
            ps.setInt(index, number);
        } else if (v instanceof Long number) {
            ps.setLong(index, number);
        } else if (v instanceof Boolean flag) {
            ps.setBoolean(index, flag);
        } else {
            ps.setObject(index, v); // dates as LocalDate (JDBC 4.2): no time-zone conversion
        }
    }

    /** A record's values in column order. */
    private static Object[] fields(NotificationRecord r) {
        return new Object[] {r.notificationId(), r.childRef(), r.partnershipCode(), r.incidentDate(), r.laAwareDate(),
            r.notifiedDate(), r.incidentType(), r.harmCategory(), r.childAgeYears(), r.gender(), r.ethnicity(),
            r.rapidReviewSubmittedDate(), r.lcsprDecision(), r.lcsprDecisionDate(), r.lcsprSentToPanelDate(),
            r.lcsprPublishedDate(), r.domesticAbuse(), r.parentalMentalHealth(), r.parentalAlcoholMisuse(),
            r.parentalDrugMisuse(), r.neglect(), r.knownToChildrensSocialCare()};
    }

    /**
     * The content hash of a record: what decides whether a re-ingested row changed: the folded MD5
     * of its values' text, each followed by U+001F (U+0000 for none; see {@link ContentText}). 64 bits, stored
     * as a number: a row is compared only with its own earlier version, and a wider hash (it was 64
     * hex characters) made every stored row a third longer to write.
     */
    static long rowHash(NotificationRecord r) {
        ContentText text = ContentText.of(fields(r));
        return RowOutcome.digest64(text.bytes(), text.length());
    }

    /** The stored state of these notifications' rows, keyed by notification id and child ref. */
    private Map<List<String>, Stored> stored(Collection<String> notificationIds) {
        Map<List<String>, Stored> rows = new HashMap<>();
        if (notificationIds.isEmpty()) {
            return rows;
        }
        String in = "?" + ", ?".repeat(notificationIds.size() - 1);
        template.query("select notification_id, child_ref, content_hash, previous_content_hash, source_run "
                + "from notification where notification_id in (" + in + ")", rs -> {
                    rows.put(List.of(rs.getString(1), rs.getString(2)), new Stored(rs.getObject(3, Long.class),
                            rs.getObject(4, Long.class), rs.getLong(5)));
                }, notificationIds.toArray());
        return rows;
    }

    /** Records every finding of a chunk whose first row is item {@code firstItem} of the run. */
    void saveFindings(List<RowOutcome> outcomes, long firstItem, long runId) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            RowOutcome o = outcomes.get(i);
            for (Finding f : o.findings()) {
                rows.add(new Object[] {runId, o.source().file(), o.source().sheet(), o.source().row(), f.column(),
                    f.valueDigest(), f.rule(), f.hard(), f.message(), firstItem + i});
            }
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into ingest_finding (run_id, file, sheet, row_number, column_name, value_digest, "
                    + "rule, hard, message, item) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    /**
     * Records one chunk's counts for one file and sheet: read, loaded, rejected, warned, new,
     * changed, unchanged. A run's counts are the sum over its chunks ({@link #fileCounts}).
     */
    void count(long runId, long firstItem, String file, String sheet, int[] c) {
        jdbc.sql("insert into ingest_count (run_id, first_item, file, sheet, rows_read, rows_loaded, rows_rejected, "
                + "rows_warned, rows_new, rows_changed, rows_unchanged) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(runId, firstItem, file, sheet, c[0], c[1], c[2], c[3], c[4], c[5], c[6]).update();
    }

    /**
     * Makes a restarted ingest safe to resume: finds the start of the last chunk the run recorded
     * before {@code position} (0 if none) and forgets the run's counts and findings from there on,
     * including any that an interrupted chunk left behind without committing. Returns where to resume.
     * Rows the run stored from there on stay, and are replaced when read again.
     */
    long rewind(long runId, long position) {
        long from = jdbc.sql("select coalesce(max(first_item), 0) from ingest_count where run_id = ? and first_item < ?")
                .params(runId, position).query(Long.class).single();
        jdbc.sql("delete from ingest_count where run_id = ? and first_item >= ?").params(runId, from).update();
        jdbc.sql("delete from ingest_finding where run_id = ? and item >= ?").params(runId, from).update();
        return from;
    }

    /**
     * Whether the store holds any row besides those this run loaded from items before
     * {@code beforeItem}: if not, no row the run loads from there on can be stored already.
     */
    boolean holdsRowsBesides(long runId, long beforeItem) {
        return !jdbc.sql("select 1 from notification where source_run is null or source_run <> ? or source_item is null "
                + "or source_item >= ? fetch first 1 rows only").params(runId, beforeItem).query(Integer.class).list()
                .isEmpty();
    }

    /** Keys this run loaded from rows before item {@code beforeItem} (to find duplicates again after a restart). */
    void forEachKeyOfRun(long runId, long beforeItem, Consumer<String[]> key) {
        template.query("select notification_id, child_ref from notification where source_run = ? and source_item < ?",
                rs -> { key.accept(new String[] {rs.getString(1), rs.getString(2)}); }, runId, beforeItem);
    }

    /**
     * Rows of this run whose notification has other rows with different dates: the
     * {@code dates_disagree} rule. One grouped pass over the table; re-running it for the same run
     * (after a restart) replaces its earlier findings.
     */
    int flagDisagreeingDates(long runId) {
        jdbc.sql("delete from ingest_finding where run_id = ? and rule = 'dates_disagree'").param(runId).update();
        return jdbc.sql("""
                insert into ingest_finding (run_id, file, sheet, row_number, column_name, value_digest, rule, hard, message,
                    item)
                select ?, n.source_file, n.source_sheet, n.source_row, '', '', 'dates_disagree', false,
                       'rows of this notification give different incident, aware or notified dates', n.source_item
                from notification n
                join (select notification_id from notification group by notification_id
                      having count(distinct coalesce(incident_date, date '1900-01-01')) > 1
                          or count(distinct coalesce(la_aware_date, date '1900-01-01')) > 1
                          or count(distinct coalesce(notified_date, date '1900-01-01')) > 1) d
                  on d.notification_id = n.notification_id
                where n.source_run = ?
                """).params(runId, runId).update();
    }

    /** Every stored notification row, ordered by notification id and child ref, streamed. */
    void forEachNotification(Consumer<NotificationRecord> each) {
        template.setFetchSize(1000);
        template.query("select " + RECORD_COLUMNS + " from notification order by notification_id, child_ref",
                rs -> { each.accept(record(rs)); });
    }

    void forEachFinding(long runId, Consumer<StoredFinding> each) {
        template.query("select file, sheet, row_number, column_name, value_digest, rule, hard, message from ingest_finding "
                + "where run_id = ? order by file, sheet, row_number, rule, column_name",
                rs -> { each.accept(new StoredFinding(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8))); }, runId);
    }

    List<FileCounts> fileCounts(long runId) {
        return jdbc.sql("select file, sheet, sum(rows_read), sum(rows_loaded), sum(rows_rejected), sum(rows_warned), "
                + "sum(rows_new), sum(rows_changed), sum(rows_unchanged) from ingest_count where run_id = ? "
                + "group by file, sheet order by file, sheet").param(runId)
                .query((rs, n) -> new FileCounts(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9))).list();
    }

    /** A finding as stored. */
    record StoredFinding(String file, String sheet, int row, String column, String valueDigest, String rule, boolean hard,
            String message) {
    }

    /** Rows read, loaded, rejected and warned for one file and sheet in one run; loaded rows new, changed or unchanged. */
    record FileCounts(String file, String sheet, int read, int loaded, int rejected, int warned, int added, int changed,
            int unchanged) {
    }

    private static NotificationRecord record(ResultSet rs) throws SQLException {
        return new NotificationRecord(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4), date(rs, 5),
                date(rs, 6), rs.getString(7), rs.getString(8), (Integer) rs.getObject(9), rs.getString(10),
                rs.getString(11), date(rs, 12), rs.getString(13), date(rs, 14), date(rs, 15), date(rs, 16), bool(rs, 17),
                bool(rs, 18), bool(rs, 19), bool(rs, 20), bool(rs, 21), bool(rs, 22));
    }

    private static LocalDate date(ResultSet rs, int i) throws SQLException {
        return rs.getObject(i, LocalDate.class);
    }

    private static Boolean bool(ResultSet rs, int i) throws SQLException {
        boolean b = rs.getBoolean(i);
        return rs.wasNull() ? null : b;
    }
}
