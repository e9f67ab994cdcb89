package uk.safeguarding.scorecard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeguarding.scorecard.document.DocumentFormat;
import uk.safeguarding.scorecard.evidence.Evidence;
import uk.safeguarding.scorecard.evidence.Rating;
import uk.safeguarding.scorecard.evidence.RequirementScore;

/** The assessment store on a real H2 database built by the shipped migrations, including what a kill can leave. */
class AssessmentRepositoryTest {
    private static final String KEY = "wt2018-yearly-report:abc:6";
    private static final DocumentAssessment SCORED = new DocumentAssessment("hash-1", DocumentFormat.PDF, 4, null, null,
            "Brindlecombe", "2022-23", List.of(
                    new RequirementScore("WT18-YR-01", Rating.FULLY, 0.91, false,
                            List.of(new Evidence(1, 2, "We audited 40 cases."), new Evidence(2, 3, "Outcomes improved."))),
                    new RequirementScore("WT18-YR-02", Rating.NOT, 0.05, false, List.of())));

    private JdbcTemplate jdbc;
    private AssessmentRepository store;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:assessments-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2").load()
                .migrate();
        jdbc = new JdbcTemplate(ds);
        store = new AssessmentRepository(JdbcClient.create(ds), jdbc);
    }

    @Test
    void aSavedAssessmentIsFoundAgainWhole() {
        store.saveAll(KEY, List.of(SCORED));

        assertThat(store.storedHashes(KEY)).containsExactly("hash-1");
        assertThat(store.findAll(KEY)).containsExactly(entry("hash-1", SCORED));
        assertThat(store.storedHashes("another-key")).isEmpty();
    }

    @Test
    void aDocumentMissingAnyOfItsRowsIsNotTakenAsScored() {
        store.saveAll(KEY, List.of(SCORED));
        jdbc.update("delete from evidence where rank = 2");
        assertThat(store.storedHashes(KEY)).as("an evidence quote lost").isEmpty();

        store.saveAll(KEY, List.of(SCORED));
        jdbc.update("delete from evidence where requirement_id = 'WT18-YR-01'");
        jdbc.update("delete from requirement_score where requirement_id = 'WT18-YR-01'");
        assertThat(store.storedHashes(KEY)).as("a whole requirement lost").isEmpty();
    }

    @Test
    void savingAgainReplacesRowsLeftWithoutTheirDocument() {
        store.saveAll(KEY, List.of(SCORED));
        jdbc.execute("set referential_integrity false");
        jdbc.update("delete from scored_document"); // what a kill can leave: scores whose document row was not kept
        jdbc.execute("set referential_integrity true");

        store.saveAll(KEY, List.of(SCORED));

        assertThat(store.findAll(KEY)).containsExactly(entry("hash-1", SCORED));
        assertThat(jdbc.queryForObject("select count(*) from evidence", Integer.class)).isEqualTo(2);
    }
}
