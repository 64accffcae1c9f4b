package io.contractspec.spring.internal;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.jdbc.RuntimeSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code /actuator/health/contractspec}: UP when the runtime's tables answer (for the JDBC store),
 * with how many operations are served and which have no handler yet (those answer 501).
 */
public final class ContractSpecHealthIndicator extends AbstractHealthIndicator {

    private final OperationExecutor executor;
    private final HandlerBindings handlers;
    private final DataSource dataSource;

    /** @param dataSource the runtime's DataSource, or null for the in-memory store */
    public ContractSpecHealthIndicator(OperationExecutor executor, HandlerBindings handlers, DataSource dataSource) {
        super("ContractSpec runtime check failed");
        this.executor = executor;
        this.handlers = handlers;
        this.dataSource = dataSource;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws Exception {
        List<String> unbound = executor.registry().operations().stream()
                .filter(operation -> !handlers.isBound(operation.ref()))
                .map(OperationSpec::ref).map(Object::toString).toList();
        health.withDetail("operations", executor.registry().operations().size())
                .withDetail("unhandled", unbound)
                .withDetail("store", dataSource == null ? "memory" : "jdbc");
        if (dataSource != null) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + RuntimeSchema.HISTORY_TABLE + "\"")) {
                rows.next();
                health.withDetail("migrations", rows.getInt(1));
            }
        }
        health.up();
    }
}
