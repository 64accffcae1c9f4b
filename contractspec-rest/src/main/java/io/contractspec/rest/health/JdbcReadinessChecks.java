package io.contractspec.rest.health;

import io.contractspec.annotations.PublicApi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Readiness checks on a JDBC {@link DataSource}: the database answers, and the schema migrations
 * (Flyway's history table) are applied without failures. Failures are logged with their cause and
 * reported to callers without it.
 */
@PublicApi
public final class JdbcReadinessChecks {

    /** Flyway's default history table. */
    public static final String FLYWAY_HISTORY = "flyway_schema_history";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private JdbcReadinessChecks() {}

    /** {@code database}: a connection can be taken and is valid within two seconds. */
    public static ReadinessCheck reachable(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return ReadinessCheck.of("database", () -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
                        ? CheckResult.up() : CheckResult.down("The database does not answer.");
            } catch (SQLException e) {
                return logged(e, "The database is not reachable.");
            }
        });
    }

    /**
     * {@code migrations}: the history table exists, holds at least one successful migration and no
     * failed one, and, when {@code expectedVersion} is given, that version was applied.
     */
    public static ReadinessCheck migrationsApplied(DataSource dataSource, String historyTable, String expectedVersion) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (historyTable == null || !TABLE_NAME.matcher(historyTable).matches()) {
            throw new IllegalArgumentException("history table '" + historyTable + "' is not a plain table name");
        }
        String sql = "SELECT SUM(CASE WHEN \"success\" THEN 1 ELSE 0 END), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN \"success\" AND \"version\" = ? THEN 1 ELSE 0 END) FROM " + quoted(historyTable);
        return ReadinessCheck.of("migrations", () -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, expectedVersion == null ? "" : expectedVersion);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return verdict(row.getLong(1), row.getLong(2), row.getLong(3), expectedVersion);
                }
            } catch (SQLException e) {
                return logged(e, "The migration history cannot be read.");
            }
        });
    }

    public static ReadinessCheck migrationsApplied(DataSource dataSource) {
        return migrationsApplied(dataSource, FLYWAY_HISTORY, null);
    }

    private static CheckResult verdict(long succeeded, long failed, long expected, String expectedVersion) {
        if (failed > 0) {
            return CheckResult.down("A migration failed.");
        }
        if (succeeded == 0) {
            return CheckResult.down("No migration has been applied.");
        }
        if (expectedVersion != null && expected == 0) {
            return CheckResult.down("Migration " + expectedVersion + " has not been applied.");
        }
        return CheckResult.up();
    }

    private static String quoted(String table) {
        return "\"" + table.replace(".", "\".\"") + "\"";
    }

    private static CheckResult logged(SQLException e, String detail) {
        System.getLogger(JdbcReadinessChecks.class.getName()).log(System.Logger.Level.WARNING, detail, e);
        return CheckResult.down(detail);
    }
}
