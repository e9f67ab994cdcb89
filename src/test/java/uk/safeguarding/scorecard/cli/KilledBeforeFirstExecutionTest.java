package uk.safeguarding.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed after Spring Batch recorded its job instance but before its first execution leaves
 * an instance nothing can restart. The same command must discard it and run, not fail.
 */
class KilledBeforeFirstExecutionTest {
    @TempDir
    Path work;

    @Test
    void theSameCommandDiscardsTheEmptyRunAndCompletes() throws Exception {
        String[] command = {"notifications", "--input", "input/notifications", "--output", work.resolve("out").toString(),
            "--data", work.resolve("data").toString(), "--as-of", "2025-06-30"};
        assertThat(ScorecardCommand.execute(command)).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data").resolve("scorecard"), "sa", "");
                Statement s = c.createStatement()) {
            for (String table : new String[] {"batch_step_execution_context", "batch_step_execution",
                "batch_job_execution_context", "batch_job_execution_params", "batch_job_execution"}) {
                s.executeUpdate("delete from " + table); // as if the kill came before the first execution was recorded
            }
        }

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = ScorecardCommand.execute(command);
        } finally {
            System.setOut(original);
        }

        assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Discarding run 1, killed before it started")
                .contains("notifications COMPLETED");
    }
}
