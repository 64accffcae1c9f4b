package io.contractspec.runtime.stores;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.jdbc.RuntimeSchema;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The runtime's migrations on a real database: idempotent, and apart from the application's own. */
abstract class MigrationContract {

    /** V1 (tables), V2 (outbox sequencer), V3 (audit on_behalf_of), V4 (leases), V5 (subject history). */
    private static final int MIGRATIONS = 5;

    abstract TestDatabase openDatabase();

    @Test
    void createsTheTablesOnceAndThenDoesNothing() {
        try (TestDatabase database = openDatabase()) {
            assertThat(RuntimeSchema.migrate(database.dataSource())).isEqualTo(MIGRATIONS);
            assertThat(RuntimeSchema.migrate(database.dataSource())).isZero();

            assertThat(database.count("SELECT COUNT(*) FROM cs_outbox_lock")).isEqualTo(1);
            for (String table : new String[] {"cs_outbox", "cs_outbox_position", "cs_audit", "cs_idempotency", "cs_lease"}) {
                assertThat(database.count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    @Test
    void keepsItsHistoryApartFromTheApplicationsMigrations() {
        try (TestDatabase database = openDatabase()) {
            Flyway application = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:io/contractspec/runtime/stores/appdb")
                    .load();

            assertThat(application.migrate().migrationsExecuted).isEqualTo(1);
            assertThat(RuntimeSchema.migrate(database.dataSource())).isEqualTo(MIGRATIONS);
            assertThat(application.migrate().migrationsExecuted).isZero();
            assertThat(RuntimeSchema.migrate(database.dataSource())).isZero();

            assertThat(database.count("SELECT COUNT(*) FROM app_customer")).isZero();
            assertThat(database.count("SELECT COUNT(*) FROM cs_outbox_lock")).isEqualTo(1);
            assertThat(application.info().applied()).hasSize(1);
        }
    }
}
