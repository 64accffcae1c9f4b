package io.contractspec.spring.internal;

import io.contractspec.runtime.jdbc.RuntimeSchema;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the runtime's tables at startup. With the application's Flyway (Spring Boot's
 * {@code spring.flyway.*}) the runtime's scripts run with a copy of its configuration — same
 * DataSource, schemas and callbacks — after the application's own migrations, into the runtime's own
 * history table, so the two version sequences never mix. Without one, the runtime migrates the
 * DataSource itself.
 */
public final class RuntimeMigration {

    private final int applied;

    private RuntimeMigration(int applied) {
        this.applied = applied;
    }

    /** Runs the runtime's migrations with the application's Flyway configuration. */
    public static RuntimeMigration withApplicationFlyway(Flyway application) {
        Flyway runtime = RuntimeSchema.configure(Flyway.configure(RuntimeSchema.class.getClassLoader())
                        .configuration(application.getConfiguration())
                        .javaMigrations())
                .load();
        return new RuntimeMigration(runtime.migrate().migrationsExecuted);
    }

    /** Runs the runtime's migrations on a DataSource (the application has no Flyway). */
    public static RuntimeMigration onDataSource(DataSource dataSource) {
        return new RuntimeMigration(RuntimeSchema.migrate(dataSource));
    }

    /** How many migrations this start applied. */
    public int applied() {
        return applied;
    }
}
