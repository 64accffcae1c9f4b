package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Stored command results in {@code cs_idempotency}, keyed by principal, operation and key.
 *
 * <p>{@link #save} inserts in the call's transaction. When a concurrent call inserted the same key
 * first, the database makes this insert wait until that transaction ends: if it committed, the
 * insert fails with a unique violation and {@link KeyTakenException} is thrown (the executor then
 * rolls back and replays the stored result); if it rolled back, the insert succeeds. On PostgreSQL
 * the failed insert aborts the transaction, which is fine because the executor rolls it back.
 */
@PublicApi
public final class JdbcIdempotencyStore implements IdempotencyStore {

    private static final String WHERE_KEY = " WHERE principal = ? AND operation = ? AND idempotency_key = ?";
    private static final String FIND = "SELECT input_hash, status, output_json, created_at FROM cs_idempotency" + WHERE_KEY;
    private static final String INSERT = "INSERT INTO cs_idempotency (principal, operation, idempotency_key,"
            + " input_hash, status, output_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String REPLACE = "UPDATE cs_idempotency SET input_hash = ?, status = ?, output_json = ?,"
            + " created_at = ?" + WHERE_KEY + " AND input_hash = ? AND created_at = ?";
    private static final String PURGE = "DELETE FROM cs_idempotency WHERE created_at < ?";

    private final DataSource dataSource;

    public JdbcIdempotencyStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Optional<Entry> find(Transaction transaction, Key key) {
        Objects.requireNonNull(key, "key");
        try {
            return read(Sql.sessionOf(transaction, "JdbcIdempotencyStore").connection(), key);
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not read idempotency key " + key.idempotencyKey(), e);
        }
    }

    @Override
    public Optional<Entry> find(Key key) {
        Objects.requireNonNull(key, "key");
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, key);
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not read idempotency key " + key.idempotencyKey(), e);
        }
    }

    private static Optional<Entry> read(Connection connection, Key key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND)) {
            bindKey(select, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(
                        row.getString("input_hash"),
                        row.getInt("status"),
                        Sql.readJson(row, "output_json"),
                        Sql.getInstant(row, "created_at")));
            }
        }
    }

    @Override
    public void save(Transaction transaction, Key key, Entry entry) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entry, "entry");
        Connection connection;
        try {
            connection = Sql.sessionOf(transaction, "JdbcIdempotencyStore").connection(); // a unique violation of the queued writes is not this key's
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not send the writes queued before idempotency key "
                    + key.idempotencyKey(), e);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindKey(insert, key);
            insert.setString(4, entry.inputHash());
            insert.setInt(5, entry.status());
            insert.setString(6, Sql.writeJson(entry.output()));
            Sql.setInstant(insert, 7, entry.createdAt());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new KeyTakenException(key);
            }
            throw new JdbcStoreException("Could not save idempotency key " + key.idempotencyKey(), e);
        }
    }

    /**
     * Overwrites the expired entry, matched by its hash and time so that of two concurrent
     * replacements only the first changes a row: the row lock makes the second wait, and then its
     * condition no longer holds.
     */
    @Override
    public void replace(Transaction transaction, Key key, Entry expired, Entry entry) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expired, "expired");
        Objects.requireNonNull(entry, "entry");
        try (PreparedStatement update = Sql.sessionOf(transaction, "JdbcIdempotencyStore").connection()
                .prepareStatement(REPLACE)) {
            update.setString(1, entry.inputHash());
            update.setInt(2, entry.status());
            update.setString(3, Sql.writeJson(entry.output()));
            Sql.setInstant(update, 4, entry.createdAt());
            update.setString(5, key.principal());
            update.setString(6, key.operation());
            update.setString(7, key.idempotencyKey());
            update.setString(8, expired.inputHash());
            Sql.setInstant(update, 9, expired.createdAt());
            if (update.executeUpdate() != 1) {
                throw new KeyTakenException(key);
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not replace idempotency key " + key.idempotencyKey(), e);
        }
    }

    /**
     * Deletes the entries created before {@code before} (the executor ignores them after its TTL
     * anyway); schedule it with {@code now - ttl}.
     *
     * @return how many entries were deleted
     */
    public int purgeExpired(Instant before) {
        Objects.requireNonNull(before, "before");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(PURGE)) {
            Sql.setInstant(delete, 1, before);
            int deleted = delete.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return deleted;
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not purge expired idempotency keys", e);
        }
    }

    private static void bindKey(PreparedStatement statement, Key key) throws SQLException {
        statement.setString(1, key.principal());
        statement.setString(2, key.operation());
        statement.setString(3, key.idempotencyKey());
    }
}
