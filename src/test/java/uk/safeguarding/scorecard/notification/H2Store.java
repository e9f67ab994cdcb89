package uk.safeguarding.scorecard.notification;

import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh in-memory H2 database (or one an older build left, see {@link #upgraded}) migrated by
 * Flyway from the shipped migrations, with the migration locations the application itself uses
 * ({@code spring.flyway.locations} in {@code application.yml}, {vendor} being h2), and a
 * {@link NotificationRepository} on it.
 */
final class H2Store {
    final JdbcTemplate jdbc;
    final NotificationRepository repository;

    private H2Store(JdbcTemplate jdbc, NotificationRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    static H2Store create(String name) throws Exception {
        return create(name, null);
    }

    /**
     * A store built by the migrations up to {@code version} only, then {@code before} run on it
     * (rows an older build stored), then the remaining migrations.
     */
    static H2Store upgraded(String name, String version, Consumer<JdbcTemplate> before) throws Exception {
        return create(name, ds -> {
            Flyway.configure().dataSource(ds).locations(migrationLocations()).target(version).load().migrate();
            before.accept(new JdbcTemplate(ds));
        });
    }

    private static H2Store create(String name, Consumer<JdbcDataSource> first) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        if (first != null) {
            first.accept(ds);
        }
        Flyway.configure().dataSource(ds).locations(migrationLocations()).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        return new H2Store(jdbc, new NotificationRepository(JdbcClient.create(ds), jdbc, ds));
    }

    private static String[] migrationLocations() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        String locations = properties == null ? null : properties.getProperty("spring.flyway.locations");
        if (locations == null || locations.isBlank()) {
            return new String[] {"classpath:db/migration"};
        }
        return locations.replace("{vendor}", "h2").split("\\s*,\\s*");
    }
}
