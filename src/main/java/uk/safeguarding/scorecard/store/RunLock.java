package uk.safeguarding.scorecard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Makes sure only one run of a job uses a database at a time. On PostgreSQL it holds a
 * session-level advisory lock on a dedicated connection for the whole run; the server releases it
 * when the run ends, and by itself when the process dies (kill -9, power cut), so a crash never
 * leaves the lock taken. The embedded H2 database needs nothing more: its file can be open in one
 * process only.
 */
@Component
public class RunLock {
    private final DataSource dataSource;

    public RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The held lock, or empty when another run of the job holds it. */
    public Optional<AutoCloseable> tryAcquire(String jobName) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            connection.close();
            return Optional.of(() -> { });
        }
        long key = ("scorecard:" + jobName).hashCode();
        if (!advisory(connection, "select pg_try_advisory_lock(?)", key)) {
            connection.close();
            return Optional.empty();
        }
        return Optional.of(() -> {
            try (connection) {
                advisory(connection, "select pg_advisory_unlock(?)", key);
            }
        });
    }

    private static boolean advisory(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
