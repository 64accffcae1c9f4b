package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Creates and upgrades the runtime's tables ({@code cs_outbox_append}, {@code cs_outbox_subject},
 * {@code cs_outbox_position},
 * {@code cs_outbox_lock}, {@code cs_audit}, {@code cs_idempotency}) in the connection's default
 * schema, on H2 2.x or PostgreSQL.
 *
 * <p>The runtime keeps its own Flyway history table, {@value #HISTORY_TABLE}, so that it never
 * mixes its versions with the application's migrations in {@code flyway_schema_history}. Because
 * the runtime may be migrated into a schema that already holds application tables, it baselines
 * such a schema at version 0 and then applies all of its scripts. The reverse also matters: an
 * application whose own Flyway runs after this one finds a non-empty schema, so either run the
 * application's migrations first or give them {@code baselineOnMigrate(true)}.
 */
@PublicApi
public final class RuntimeSchema {

    /** The Flyway history table of the runtime's migrations. */
    public static final String HISTORY_TABLE = "cs_runtime_schema_history";

    private static final String LOCATION = "classpath:io/contractspec/runtime/db";

    private RuntimeSchema() {}

    /**
     * Applies the runtime's pending migrations; safe to call on every start (Flyway locks the
     * history table, so nodes starting together do not race).
     *
     * @return how many migrations were applied (0 when the schema was up to date)
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return configure(Flyway.configure(RuntimeSchema.class.getClassLoader()).dataSource(dataSource))
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * Points a Flyway configuration at the runtime's scripts and history table, e.g. a copy of an
     * application's own configuration (its DataSource, schemas and callbacks) so that the
     * application's Flyway migrates the runtime's tables next to its own.
     */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        return configuration
                .locations(LOCATION)
                .javaMigrations(new OutboxEventsToAppends(), new OutboxInInsertOrder())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
