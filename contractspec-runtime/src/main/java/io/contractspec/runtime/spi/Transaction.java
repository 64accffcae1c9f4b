package io.contractspec.runtime.spi;

import io.contractspec.annotations.PublicApi;
import java.sql.Connection;
import java.util.Optional;

/**
 * The unit of work one call runs in. Handlers write through {@link #connection()} when the runtime
 * runs on a database, so their rows commit or roll back together with the call's outbox events,
 * audit records and idempotency record.
 */
@PublicApi
public interface Transaction {

    /** The JDBC connection of this unit of work; empty when the runtime runs without a database. */
    Optional<Connection> connection();

    /** Runs after a successful commit (e.g. to relay events); failures there are logged, not raised. */
    void afterCommit(Runnable action);

    /** Runs after a rollback (e.g. to undo in-memory reservations). */
    void afterRollback(Runnable action);
}
