package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Named leases in {@code cs_lease}: a node that holds a lease does the work it names (purging,
 * relaying) until it expires; nodes share the database, not a coordinator. Taking or renewing a
 * lease is one short autocommitted statement, so it never waits behind request transactions.
 * Times come from the given clock, so tests move time instead of waiting.
 */
@PublicApi
public final class JdbcLeases {

    private static final String TAKE = "UPDATE cs_lease SET holder = ?, expires_at = ?"
            + " WHERE name = ? AND (holder = ? OR expires_at <= ?)";
    private static final String CREATE = "INSERT INTO cs_lease (name, holder, expires_at) VALUES (?, ?, ?)";
    private static final String RELEASE = "DELETE FROM cs_lease WHERE name = ? AND holder = ?";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcLeases(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes the lease for {@code holder}, or renews it when the holder has it already.
     *
     * @return true when {@code holder} holds the lease until now + {@code duration}
     */
    public boolean tryAcquire(String name, String holder, Duration duration) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, holder);
                Sql.setInstant(take, 2, now.plus(duration));
                take.setString(3, name);
                take.setString(4, holder);
                Sql.setInstant(take, 5, now);
                if (take.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement create = connection.prepareStatement(CREATE)) {
                create.setString(1, name);
                create.setString(2, holder);
                Sql.setInstant(create, 3, now.plus(duration));
                return create.executeUpdate() == 1;
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not take the lease '" + name + "'", e);
        }
    }

    /** Gives the lease up early (a node shutting down), if {@code holder} has it. */
    public void release(String name, String holder) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
                release.setString(1, name);
                release.setString(2, holder);
                release.executeUpdate();
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not release the lease '" + name + "'", e);
        }
    }
}
