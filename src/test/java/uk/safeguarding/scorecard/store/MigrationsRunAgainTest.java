package uk.safeguarding.scorecard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run killed during the embedded database's set-up leaves part of a migration applied but not
 * recorded (each DDL statement commits on its own). Every migration must therefore run again
 * safely: here all of them are applied, their record is lost, and Flyway applies them all again.
 */
class MigrationsRunAgainTest {

    @Test
    void everyMigrationRunsAgainOnTopOfItself() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        assertThat(applied).isGreaterThanOrEqualTo(5);
        new JdbcTemplate(ds).update("delete from \"flyway_schema_history\""); // applied, but the kill came before the record

        assertThatCode(flyway::migrate).doesNotThrowAnyException();
        assertThat(flyway.info().applied()).hasSize(applied);
    }
}
