package io.contractspec.examples.workflow.store;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the workflow tables, on H2 2.x or PostgreSQL, with the same scripts. The
 * workflow system keeps its own Flyway history table so its versions never mix with the runtime's
 * ({@code cs_runtime_schema_history}); it baselines a schema that already holds other tables.
 */
public final class WorkflowSchema {

    public static final String HISTORY_TABLE = "workflow_schema_history";

    private static final String LOCATION = "classpath:io/contractspec/examples/workflow/db";

    private WorkflowSchema() {}

    /** Applies pending migrations; safe on every start and from several nodes at once. */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return Flyway.configure(WorkflowSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
