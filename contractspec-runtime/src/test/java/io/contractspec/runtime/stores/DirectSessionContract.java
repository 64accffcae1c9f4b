package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.read;
import static io.contractspec.runtime.stores.NoteTable.rename;
import static io.contractspec.runtime.stores.NoteTable.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.jdbc.QueuedWriteException;
import io.contractspec.runtime.memory.InMemoryUnitOfWork;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The session of a transaction another unit of work owns (the Spring starter's: a connection and
 * nothing else): each write runs when it is queued, with the same row-count check, translation
 * and naming of the failed write as a queued one.
 */
abstract class DirectSessionContract extends NoteTableContract {

    /** A transaction as the Spring starter's: a connection someone else commits. */
    record BoundTransaction(Connection bound) implements Transaction {
        @Override
        public Optional<Connection> connection() {
            return Optional.of(bound);
        }

        @Override
        public void afterCommit(Runnable action) {}

        @Override
        public void afterRollback(Runnable action) {}
    }

    interface Work {
        void run(JdbcSession session) throws Exception;
    }

    void inTransaction(Work work) throws Exception {
        try (Connection connection = backend.database().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(JdbcSession.of(new BoundTransaction(connection)));
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void aWriteRunsWhenQueued() throws Exception {
        List<String> seen = new ArrayList<>();

        inTransaction(session -> {
            session.queue(insert(1, "one"));
            seen.add(session.queued() + " queued, on the connection: " + read(session.connection()));
            session.queue(rename(1, "renamed"));
            seen.add("read through the session: " + read(session));
        });

        assertThat(seen).containsExactly("0 queued, on the connection: [1=one]", "read through the session: [1=renamed]");
        assertThat(notes.committed()).containsExactly("1=renamed");
    }

    @Test
    void aFailedCheckOrDatabaseErrorIsThrownByTheQueueCallNamingTheWrite() throws Exception {
        notes.insertCommitted(1, "taken");
        QueuedWrite duplicate = insert(1, "again");

        assertThatThrownBy(() -> inTransaction(session -> session.queue(rename(9, "missing")
                .expectOne(() -> new IllegalStateException("note 9 is missing")))))
                .hasMessage("note 9 is missing");
        assertThatThrownBy(() -> inTransaction(session -> {
            session.queue(tag(1));
            session.queue(duplicate);
        })).isInstanceOfSatisfying(QueuedWriteException.class, e -> assertThat(e.writes()).containsExactly(duplicate));
        assertThat(notes.committed()).containsExactly("1=taken");
    }

    @Test
    void aTransactionWithoutAConnectionHasNoSession() throws Exception {
        new InMemoryUnitOfWork().run(transaction -> {
            assertThatThrownBy(() -> JdbcSession.of(transaction))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no JDBC connection");
            return null;
        });
    }
}
