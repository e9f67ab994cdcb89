package uk.safeguarding.scorecard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ingest writer against a real H2 store: duplicates within a run, across a restart, and across runs. */
class NotificationIngestWriterTest {
    private static final String FILE = "returns.xlsx";
    private JdbcTemplate jdbc;
    private NotificationRepository store;

    @BeforeEach
    void freshDatabase() throws Exception {
        H2Store h2 = H2Store.create("notif-writer");
        jdbc = h2.jdbc;
        store = h2.repository;
    }

    private static RowOutcome row(int number, String id, String child, LocalDate notified, Finding... findings) {
        NotificationRecord r = new NotificationRecord(id, child, "383", null, notified.minusDays(1), notified, "DEATH",
                null, 3, null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new RowOutcome(new SourceRow(FILE, "Data", number, Map.of()), r, List.of(findings));
    }

    private static RowOutcome rejected(int number, Finding finding) {
        return new RowOutcome(new SourceRow(FILE, "Data", number, Map.of()), null, List.of(finding));
    }

    private NotificationIngestWriter openWriter(long runId) {
        NotificationIngestWriter writer = new NotificationIngestWriter(store, runId);
        writer.open(new ExecutionContext());
        return writer;
    }

    /** A writer as a restarted step opens it: the reader resumes after {@code position} rows. */
    private NotificationIngestWriter reopenWriter(long runId, long position) {
        NotificationIngestWriter writer = new NotificationIngestWriter(store, runId);
        ExecutionContext context = new ExecutionContext();
        context.putInt(NotificationRowReader.POSITION_KEY, Math.toIntExact(position));
        writer.open(context);
        return writer;
    }

    private List<NotificationRepository.StoredFinding> findings(long runId) {
        List<NotificationRepository.StoredFinding> out = new ArrayList<>();
        store.forEachFinding(runId, out::add);
        return out;
    }

    private List<NotificationRecord> stored() {
        List<NotificationRecord> out = new ArrayList<>();
        store.forEachNotification(out::add);
        return out;
    }

    @Test
    void secondRowWithTheSameKeyInOneRunIsRejectedAsDuplicate() throws Exception {
        NotificationIngestWriter writer = openWriter(1);

        writer.write(new Chunk<>(List.of(row(5, "N-1", "C-1", LocalDate.of(2024, 5, 1)),
                row(6, "N-1", "C-1", LocalDate.of(2024, 5, 9)))));

        assertThat(stored()).singleElement().satisfies(r -> assertThat(r.notifiedDate())
                .as("the first row wins; the duplicate does not overwrite it").isEqualTo(LocalDate.of(2024, 5, 1)));
        assertThat(findings(1)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate_row");
            assertThat(f.hard()).isTrue();
            assertThat(f.row()).isEqualTo(6);
            assertThat(f.column()).isEqualTo("child_ref");
            assertThat(f.valueDigest()).isEqualTo(RowValidator.digest("C-1")).hasSize(12);
            assertThat(f.message()).doesNotContain("C-1");
        });
        assertThat(store.fileCounts(1)).containsExactly(new NotificationRepository.FileCounts(FILE, "Data", 2, 1, 1, 0, 1, 0, 0));
    }

    @Test
    void duplicateInALaterChunkOfTheSameRunIsCaught() throws Exception {
        NotificationIngestWriter writer = openWriter(1);
        writer.write(new Chunk<>(List.of(row(5, "N-1", "C-1", LocalDate.of(2024, 5, 1)))));

        writer.write(new Chunk<>(List.of(row(900, "N-1", "C-1", LocalDate.of(2024, 5, 1)))));

        assertThat(findings(1)).extracting(NotificationRepository.StoredFinding::rule, NotificationRepository.StoredFinding::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("duplicate_row", 900));
        assertThat(store.fileCounts(1)).containsExactly(new NotificationRepository.FileCounts(FILE, "Data", 2, 1, 1, 0, 1, 0, 0));
    }

    @Test
    void childrenOfOneNotificationAreNotDuplicates() throws Exception {
        NotificationIngestWriter writer = openWriter(1);

        writer.write(new Chunk<>(List.of(row(5, "N-000117", "C-000117-1", LocalDate.of(2024, 5, 1)),
                row(6, "N-000117", "C-000117-2", LocalDate.of(2024, 5, 1)),
                row(7, "N-000117", "C-000117-3", LocalDate.of(2024, 5, 1)))));

        assertThat(findings(1)).isEmpty();
        assertThat(stored()).extracting(NotificationRecord::childRef).containsExactly("C-000117-1", "C-000117-2",
                "C-000117-3");
    }

    @Test
    void keysThatConcatenateAlikeAreNotDuplicates() throws Exception {
        NotificationIngestWriter writer = openWriter(1);

        writer.write(new Chunk<>(List.of(row(5, "N-1", "12", LocalDate.of(2024, 5, 1)),
                row(6, "N-11", "2", LocalDate.of(2024, 5, 1)))));

        assertThat(findings(1)).isEmpty();
        assertThat(stored()).hasSize(2);
    }

    @Test
    void rowsRejectedByTheValidatorAreCountedButNotLoadedAndDoNotClaimTheirKey() throws Exception {
        NotificationIngestWriter writer = openWriter(1);
        Finding warning = new Finding("value_invalid", false, "child_age_years", "abcdefabcdef", "not a number");
        SourceRow unreadable = SourceRow.unreadable("broken.xlsx", "file_encrypted", "password-protected");

        writer.write(new Chunk<>(List.of(
                rejected(5, new Finding("date_invalid", true, "notified_date", "0123456789ab", "not a date")),
                row(6, "N-1", "C-1", LocalDate.of(2024, 5, 1), warning),
                new RowOutcome(unreadable, null, List.of(unreadable.problem())))));

        assertThat(stored()).hasSize(1);
        assertThat(findings(1)).extracting(NotificationRepository.StoredFinding::rule)
                .containsExactlyInAnyOrder("date_invalid", "value_invalid", "file_encrypted");
        assertThat(store.fileCounts(1)).containsExactly(
                new NotificationRepository.FileCounts("broken.xlsx", "", 0, 0, 0, 0, 0, 0, 0),
                new NotificationRepository.FileCounts(FILE, "Data", 2, 1, 1, 1, 1, 0, 0));
    }

    @Test
    void afterARestartARepeatOfAnAlreadyLoadedKeyIsStillCaught() throws Exception {
        NotificationIngestWriter beforeCrash = openWriter(7);
        beforeCrash.write(new Chunk<>(List.of(row(5, "N-1", "C-1", LocalDate.of(2024, 5, 1)),
                row(6, "N-1", "C-2", LocalDate.of(2024, 5, 1)))));
        // the process dies here: no close(); the restarted step builds a new writer for the same run

        NotificationIngestWriter afterRestart = reopenWriter(7, 2);
        afterRestart.write(new Chunk<>(List.of(row(40, "N-1", "C-2", LocalDate.of(2024, 6, 1)),
                row(41, "N-2", "C-1", LocalDate.of(2024, 5, 1)))));

        assertThat(findings(7)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate_row");
            assertThat(f.row()).isEqualTo(40);
        });
        assertThat(stored()).extracting(r -> r.notificationId() + "/" + r.childRef())
                .containsExactly("N-1/C-1", "N-1/C-2", "N-2/C-1");
        assertThat(stored()).filteredOn(r -> r.childRef().equals("C-2")).extracting(NotificationRecord::notifiedDate)
                .containsExactly(LocalDate.of(2024, 5, 1));
        assertThat(store.fileCounts(7)).containsExactly(new NotificationRepository.FileCounts(FILE, "Data", 4, 3, 1, 0, 3, 0, 0));
    }

    @Test
    void aNewRunReingestingTheSameKeyIsAnUpsertNotADuplicate() throws Exception {
        openWriter(1).write(new Chunk<>(List.of(row(5, "N-1", "C-1", LocalDate.of(2024, 5, 1)))));

        NotificationIngestWriter nextNight = openWriter(2);
        nextNight.write(new Chunk<>(List.of(row(5, "N-1", "C-1", LocalDate.of(2024, 5, 2)))));

        assertThat(findings(2)).isEmpty();
        assertThat(stored()).singleElement().satisfies(r -> assertThat(r.notifiedDate()).isEqualTo(LocalDate.of(2024, 5, 2)));
        assertThat(store.fileCounts(2)).containsExactly(new NotificationRepository.FileCounts(FILE, "Data", 1, 1, 0, 0, 0, 1, 0));
        List<String> keysOfRun2 = new ArrayList<>();
        store.forEachKeyOfRun(2, Long.MAX_VALUE, k -> keysOfRun2.add(k[0] + "/" + k[1]));
        assertThat(keysOfRun2).containsExactly("N-1/C-1");

        nextNight.write(new Chunk<>(List.of(row(6, "N-1", "C-1", LocalDate.of(2024, 5, 2)))));
        assertThat(findings(2)).extracting(NotificationRepository.StoredFinding::rule).containsExactly("duplicate_row");
    }

    @Test
    void aChunkLeftBehindByAKillIsWrittenAgainWithTheCountsOfAnUninterruptedRun() throws Exception {
        openWriter(1).write(new Chunk<>(List.of(row(5, "N-9", "C-1", LocalDate.of(2024, 5, 1)))));
        List<RowOutcome> first = List.of(row(5, "N-9", "C-1", LocalDate.of(2024, 5, 3)), row(6, "N-1", "C-1",
                LocalDate.of(2024, 5, 1)));
        List<RowOutcome> second = List.of(row(7, "N-1", "C-1", LocalDate.of(2024, 5, 1)), row(8, "N-2", "C-1",
                LocalDate.of(2024, 5, 1), new Finding("value_invalid", false, "child_age_years", "abcdefabcdef", "x")));
        NotificationIngestWriter uninterrupted = openWriter(2);
        uninterrupted.write(new Chunk<>(first));
        uninterrupted.write(new Chunk<>(second));
        List<NotificationRepository.FileCounts> expectedCounts = store.fileCounts(2);
        List<NotificationRepository.StoredFinding> expectedFindings = findings(2);
        List<NotificationRecord> expectedRows = stored();

        H2Store h2 = H2Store.create("notif-writer-killed");
        store = h2.repository;
        openWriter(1).write(new Chunk<>(List.of(row(5, "N-9", "C-1", LocalDate.of(2024, 5, 1)))));
        NotificationIngestWriter killed = openWriter(2);
        killed.write(new Chunk<>(first));
        killed.write(new Chunk<>(second)); // stored, but the kill came before the position moved past it
        long resume = store.rewind(2, 2);
        NotificationIngestWriter restarted = reopenWriter(2, resume);
        assertThat(resume).isZero();
        restarted.write(new Chunk<>(first));
        restarted.write(new Chunk<>(second));

        assertThat(store.fileCounts(2)).as("new, changed, unchanged and rejected as if never interrupted")
                .isEqualTo(expectedCounts).containsExactly(new NotificationRepository.FileCounts(FILE, "Data", 4, 3, 1, 1, 2, 1, 0));
        assertThat(findings(2)).isEqualTo(expectedFindings);
        assertThat(stored()).isEqualTo(expectedRows);
    }
}
