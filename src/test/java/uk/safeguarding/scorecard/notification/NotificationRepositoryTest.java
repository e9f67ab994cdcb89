package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The store against a real H2 database whose schema Flyway builds from the shipped migrations. */
class NotificationRepositoryTest {
    private JdbcTemplate jdbc;
    private NotificationRepository store;

    @BeforeEach
    void freshDatabase() throws Exception {
        H2Store h2 = H2Store.create("notif-repo");
        jdbc = h2.jdbc;
        store = h2.repository;
    }

    static NotificationRecord record(String id, String child, LocalDate notified) {
        return new NotificationRecord(id, child, "383", LocalDate.of(2024, 4, 28), LocalDate.of(2024, 4, 29), notified,
                "DEATH", "SUDI", 0, "MALE", "WHITE", notified.plusDays(14), "YES", LocalDate.of(2024, 6, 1), null,
                LocalDate.of(2024, 11, 20), true, false, null, null, Boolean.TRUE, null);
    }

    static RowOutcome loaded(NotificationRecord r, int row) {
        return new RowOutcome(new SourceRow("returns.xlsx", "Data", row, Map.of()), r, List.of());
    }

    private List<NotificationRecord> all() {
        List<NotificationRecord> out = new ArrayList<>();
        store.forEachNotification(out::add);
        return out;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from notification", Integer.class);
    }

    @Test
    void upsertInsertsEveryField() {
        NotificationRecord a = record("N-1", "C-1", LocalDate.of(2024, 5, 1));
        NotificationRecord b = new NotificationRecord("N-2", "C-1", null, null, LocalDate.of(2024, 5, 2),
                LocalDate.of(2024, 5, 3), "SERIOUS_HARM", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);

        store.upsert(List.of(loaded(a, 5), loaded(b, 6)), 0, 1, true);

        assertThat(count()).isEqualTo(2);
        assertThat(all()).containsExactly(a, b);
        assertThat(jdbc.queryForList("select source_file, source_sheet, source_row, source_run from notification "
                + "where notification_id = 'N-2'")).singleElement().satisfies(m -> assertThat(m.values())
                        .containsExactly("returns.xlsx", "Data", 6, 1L));
    }

    @Test
    void theSameRowsAgainChangeNothing() {
        List<RowOutcome> rows = List.of(loaded(record("N-1", "C-1", LocalDate.of(2024, 5, 1)), 5),
                loaded(record("N-1", "C-2", LocalDate.of(2024, 5, 1)), 6));
        store.upsert(rows, 0, 1, true);
        List<NotificationRecord> before = all();

        store.upsert(rows, 0, 1, true);
        store.upsert(rows, 0, 2, true);

        assertThat(count()).isEqualTo(2);
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void correctedRowUpdatesInPlace() {
        store.upsert(List.of(loaded(record("N-1", "C-1", LocalDate.of(2024, 5, 1)), 5),
                loaded(record("N-1", "C-2", LocalDate.of(2024, 5, 1)), 6)), 0, 1, true);
        NotificationRecord corrected = record("N-1", "C-1", LocalDate.of(2024, 5, 2));

        store.upsert(List.of(loaded(corrected, 9)), 0, 2, true);

        assertThat(count()).isEqualTo(2);
        assertThat(all()).filteredOn(r -> r.childRef().equals("C-1")).containsExactly(corrected);
        assertThat(all()).filteredOn(r -> r.childRef().equals("C-2")).extracting(NotificationRecord::notifiedDate)
                .containsExactly(LocalDate.of(2024, 5, 1));
        assertThat(jdbc.queryForMap("select source_row, source_run from notification where child_ref = 'C-1'").values())
                .containsExactly(9, 2L);
    }

    @Test
    void forEachNotificationOrdersByIdThenChild() {
        LocalDate d = LocalDate.of(2024, 5, 1);
        store.upsert(List.of(loaded(record("N-2", "C-1", d), 1), loaded(record("N-1", "C-2", d), 2),
                loaded(record("N-10", "C-1", d), 3), loaded(record("N-1", "C-1", d), 4)), 0, 1, true);

        assertThat(all()).extracting(r -> r.notificationId() + "/" + r.childRef())
                .containsExactly("N-1/C-1", "N-1/C-2", "N-10/C-1", "N-2/C-1");
    }

    @Test
    void findingsAreSavedAndReadBackPerRun() {
        SourceRow row7 = new SourceRow("returns.xlsx", "Data", 7, Map.of());
        SourceRow row3 = new SourceRow("returns.xlsx", "Data", 3, Map.of());
        store.saveFindings(List.of(
                new RowOutcome(row7, null, List.of(new Finding("date_order", true, "notified_date", "0123456789ab",
                        "notified_date is before la_aware_date"))),
                new RowOutcome(row3, record("N-1", "C-1", LocalDate.of(2024, 5, 1)), List.of(
                        new Finding("value_invalid", false, "child_age_years", "abcdefabcdef", "not a number"),
                        new Finding("category_unknown", false, "gender", "", "not known")))), 0, 4);
        store.saveFindings(List.of(new RowOutcome(row3, null, List.of(new Finding("required_field", true, "child_ref", "",
                "child_ref is missing")))), 0, 5);

        List<NotificationRepository.StoredFinding> found = new ArrayList<>();
        store.forEachFinding(4, found::add);

        assertThat(found).containsExactly(
                new NotificationRepository.StoredFinding("returns.xlsx", "Data", 3, "gender", "", "category_unknown", false,
                        "not known"),
                new NotificationRepository.StoredFinding("returns.xlsx", "Data", 3, "child_age_years", "abcdefabcdef",
                        "value_invalid", false, "not a number"),
                new NotificationRepository.StoredFinding("returns.xlsx", "Data", 7, "notified_date", "0123456789ab",
                        "date_order", true, "notified_date is before la_aware_date"));
    }

    @Test
    void chunkCountsAddUpPerRunFileAndSheet() {
        store.count(1, 0, "b.xlsx", "Data", new int[] {10, 8, 2, 3, 6, 1, 1});
        store.count(1, 10, "b.xlsx", "Data", new int[] {5, 5, 0, 1, 0, 0, 5});
        store.count(1, 10, "a.csv", "", new int[] {4, 3, 1, 0, 3, 0, 0});
        store.count(2, 0, "b.xlsx", "Data", new int[] {99, 99, 0, 0, 0, 0, 99});

        assertThat(store.fileCounts(1)).containsExactly(
                new NotificationRepository.FileCounts("a.csv", "", 4, 3, 1, 0, 3, 0, 0),
                new NotificationRepository.FileCounts("b.xlsx", "Data", 15, 13, 2, 4, 6, 1, 6));
        assertThat(store.fileCounts(2)).containsExactly(new NotificationRepository.FileCounts("b.xlsx", "Data", 99, 99, 0, 0, 0, 0, 99));
        assertThat(store.fileCounts(3)).isEmpty();
    }

    @Test
    void keysOfARunBeforeAnItemAreReadBack() {
        LocalDate d = LocalDate.of(2024, 5, 1);
        store.upsert(List.of(loaded(record("N-1", "C-1", d), 1), loaded(record("N-1", "C-2", d), 2)), 0, 1, true);
        store.upsert(List.of(loaded(record("N-3", "C-1", d), 3)), 2, 1, true);
        store.upsert(List.of(loaded(record("N-2", "C-1", d), 3)), 0, 2, true);

        List<String> keys = new ArrayList<>();
        store.forEachKeyOfRun(1, 2, k -> keys.add(k[0] + "/" + k[1]));

        assertThat(keys).containsExactlyInAnyOrder("N-1/C-1", "N-1/C-2");
    }

    @Test
    void onlyRowsOfThisRunBeforeThePositionLeaveNothingToLookUp() {
        LocalDate d = LocalDate.of(2024, 5, 1);
        assertThat(store.holdsRowsBesides(1, 0)).as("an empty store").isFalse();

        store.upsert(List.of(loaded(record("N-1", "C-1", d), 1), loaded(record("N-1", "C-2", d), 2)), 0, 1, true);

        assertThat(store.holdsRowsBesides(1, 2)).as("run 1 resuming at item 2").isFalse();
        assertThat(store.holdsRowsBesides(1, 1)).as("run 1 resuming at item 1: item 1 may be read again").isTrue();
        assertThat(store.holdsRowsBesides(2, 0)).as("a later run").isTrue();
    }

    @Test
    void rewindForgetsCountsAndFindingsFromTheLastChunkBeforeThePosition() {
        SourceRow row = new SourceRow("returns.xlsx", "Data", 9, Map.of());
        RowOutcome bad = new RowOutcome(row, null, List.of(new Finding("date_invalid", true, "notified_date", "", "x")));
        for (long first : new long[] {0, 500, 1000}) {
            store.count(1, first, "returns.xlsx", "Data", new int[] {500, 499, 1, 0, 499, 0, 0});
            store.saveFindings(List.of(bad), first, 1);
        }
        store.count(2, 1000, "returns.xlsx", "Data", new int[] {500, 500, 0, 0, 500, 0, 0});

        assertThat(store.rewind(1, 1000)).as("the chunk that ends at the position is read again").isEqualTo(500);

        assertThat(store.fileCounts(1)).containsExactly(
                new NotificationRepository.FileCounts("returns.xlsx", "Data", 500, 499, 1, 0, 499, 0, 0));
        List<NotificationRepository.StoredFinding> left = new ArrayList<>();
        store.forEachFinding(1, left::add);
        assertThat(left).hasSize(1);
        assertThat(store.fileCounts(2)).as("another run is untouched").hasSize(1);
        assertThat(store.rewind(1, 0)).as("a first start forgets whatever a killed first chunk left").isZero();
        assertThat(store.fileCounts(1)).isEmpty();
    }

    @Test
    void rowsOfANotificationWhoseChildrenGiveDifferentNotifiedDatesAreFlagged() {
        store.upsert(List.of(loaded(record("N-1", "C-1", LocalDate.of(2024, 5, 1)), 5),
                loaded(record("N-1", "C-2", LocalDate.of(2024, 5, 2)), 6),
                loaded(record("N-2", "C-1", LocalDate.of(2024, 5, 1)), 7),
                loaded(record("N-2", "C-2", LocalDate.of(2024, 5, 1)), 8),
                loaded(record("N-3", "C-1", LocalDate.of(2024, 5, 1)), 9)), 0, 3, true);

        int flagged = store.flagDisagreeingDates(3);

        assertThat(flagged).isEqualTo(2);
        List<NotificationRepository.StoredFinding> found = new ArrayList<>();
        store.forEachFinding(3, found::add);
        assertThat(found).extracting(NotificationRepository.StoredFinding::row).containsExactly(5, 6);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("dates_disagree");
            assertThat(f.hard()).isFalse();
            assertThat(f.file()).isEqualTo("returns.xlsx");
            assertThat(f.valueDigest()).isEmpty();
        });
        store.flagDisagreeingDates(3);
        List<NotificationRepository.StoredFinding> again = new ArrayList<>();
        store.forEachFinding(3, again::add);
        assertThat(again).as("run again (a restart): nothing flagged twice").hasSize(2);
        assertThat(store.flagDisagreeingDates(4)).as("another run loaded none of these rows").isZero();
    }

    @Test
    void aMissingDateDisagreesWithAGivenOne() {
        NotificationRecord withIncident = record("N-1", "C-1", LocalDate.of(2024, 5, 1));
        NotificationRecord withoutIncident = new NotificationRecord("N-1", "C-2", "383", null, withIncident.laAwareDate(),
                withIncident.notifiedDate(), "DEATH", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        store.upsert(List.of(loaded(withIncident, 5), loaded(withoutIncident, 6)), 0, 1, true);

        assertThat(store.flagDisagreeingDates(1)).isEqualTo(2);
    }

    @Test
    void aRowStoredWithAHexHashCountsAsNewOnceAfterTheUpgradeThenAsUnchanged() throws Exception {
        NotificationRecord r = record("N-1", "C-1", LocalDate.of(2024, 5, 1));
        H2Store old = H2Store.upgraded("notif-upgrade", "6", sql -> sql.update("insert into notification (notification_id, "
                + "child_ref, source_file, source_sheet, source_row, source_run, row_hash) values ('N-1', 'C-1', "
                + "'returns.xlsx', 'Data', 5, 1, '" + "ab".repeat(32) + "')"));

        assertThat(old.repository.upsert(List.of(loaded(r, 5)), 0, 2, true)).as("no number hash yet: new").isEmpty();
        assertThat(old.repository.upsert(List.of(loaded(r, 5)), 0, 3, true).values()).as("the next run: unchanged")
                .containsExactly(loaded(r, 5).recordHash());
        assertThat(old.jdbc.queryForObject("select count(*) from notification", Integer.class)).isEqualTo(1);
    }
}
