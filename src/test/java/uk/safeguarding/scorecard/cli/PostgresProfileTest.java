package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import uk.safeguarding.scorecard.store.RunLock;

/**
 * The {@code postgres} profile against the real PostgreSQL server (127.0.0.1:5432, database
 * {@code test}), in a schema of its own: both jobs give the same CSVs as on embedded H2, and a
 * second run while one holds the lock exits with 3. Without a server the test is skipped, except
 * under {@code CI=true}, where it fails.
 */
class PostgresProfileTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "scorecard_test_" + ProcessHandle.current().pid();
    private static final String URL = SERVER + "?currentSchema=" + SCHEMA;

    @TempDir
    static Path work;

    @BeforeAll
    static void freshSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
                s.execute("create schema " + SCHEMA);
            }
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PostgreSQL must run for CI on 127.0.0.1:5432: " + e.getMessage());
            }
            assumeTrue(false, "PostgreSQL is not reachable on 127.0.0.1:5432, skipping: " + e.getMessage());
        }
        System.setProperty("spring.datasource.url", URL);
        System.setProperty("spring.datasource.username", "postgres");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("spring.datasource.username");
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void bothJobsWriteTheSameCsvsAsOnH2() throws Exception {
        compare("yearly-reports", "input/yearly-reports", "2026-01-15", List.of("yearly-report-scorecard.csv",
                "requirement-ratings.csv", "evidence.csv", "rejects.csv"));
        compare("notifications", "input/notifications", "2025-06-30", List.of("notification-deadlines.csv",
                "notification-timeliness.csv", "national-summary.csv", "data-quality.csv", "notification-rejects.csv"));
    }

    private static void compare(String job, String input, String asOf, List<String> csvs) throws Exception {
        Path onPostgres = work.resolve(job + "-pg");
        assertThat(ScorecardCommand.execute(job, "--profile", "postgres", "--input", input, "--output",
                onPostgres.toString(), "--as-of", asOf)).isZero();
        String url = System.clearProperty("spring.datasource.url");
        Path onH2 = work.resolve(job + "-h2");
        try {
            assertThat(ScorecardCommand.execute(job, "--input", input, "--output", onH2.toString(), "--data",
                    work.resolve("h2").toString(), "--as-of", asOf)).isZero();
        } finally {
            System.setProperty("spring.datasource.url", url);
        }
        for (String csv : csvs) {
            assertThat(Files.readAllBytes(onPostgres.resolve(csv))).as(job + " " + csv)
                    .isEqualTo(Files.readAllBytes(onH2.resolve(csv)));
        }
    }

    @Test
    void aSecondRunWhileOneHoldsTheLockExitsWithThree() throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setUser("postgres");
        Optional<AutoCloseable> held = new RunLock(ds).tryAcquire("yearly-reports");
        assertThat(held).isPresent();
        try (AutoCloseable lock = held.get()) {
            assertThat(ScorecardCommand.execute("yearly-reports", "--profile", "postgres", "--output",
                    work.resolve("blocked").toString(), "--as-of", "2026-01-15")).isEqualTo(3);
        }
        assertThat(new RunLock(ds).tryAcquire("yearly-reports")).as("released when the holder ends").isPresent()
                .get().satisfies(lock -> lock.close());
    }
}
