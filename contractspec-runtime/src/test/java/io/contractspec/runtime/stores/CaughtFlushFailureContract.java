package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.read;
import static io.contractspec.runtime.stores.NoteTable.rename;
import static io.contractspec.runtime.stores.NoteTable.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.QueuedWriteException;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.junit.jupiter.api.Test;

/**
 * A work that catches the failure of a flush and returns normally still does not commit: the
 * failed flush has run only part of its writes (on H2 none after the failing one; on PostgreSQL
 * all of them, or after a database error none at all), so committing would keep an arbitrary part
 * of the transaction. Rolling back to a savepoint set before the failure undoes it, as usual.
 */
abstract class CaughtFlushFailureContract extends NoteTableContract {

    @Test
    void aWorkThatCatchesAFailedRowCountCheckCannotCommit() throws Exception {
        IllegalStateException changed = new IllegalStateException("note 9 changed");

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(insert(1, "before the check"));
            session.queue(rename(9, "missing").expectOne(() -> changed));
            session.queue(insert(2, "after the check"));
            try {
                read(session);
            } catch (IllegalStateException ignored) {
                // carries on as if nothing happened
            }
            return null;
        })).isInstanceOf(IllegalStateException.class).hasCause(changed);

        assertThat(notes.committed()).isEmpty();
    }

    @Test
    void aWorkThatCatchesADatabaseErrorOfAFlushCannotCommit() throws Exception {
        notes.insertCommitted(1, "taken");

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(insert(2, "before the error"));
            session.queue(insert(1, "a duplicate"));
            session.queue(insert(3, "after the error"));
            try {
                read(session);
            } catch (SQLException ignored) {
                // carries on as if nothing happened
            }
            return null;
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(QueuedWriteException.class);

        assertThat(notes.committed()).containsExactly("1=taken");
    }

    @Test
    void rollingBackToASavepointSetBeforeTheFailedFlushLetsTheTransactionCommit() throws Exception {
        notes.insertCommitted(1, "taken");

        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(insert(2, "before the savepoint"));
            Savepoint savepoint = session.savepoint();
            session.queue(insert(1, "a duplicate"));
            try {
                read(session);
            } catch (SQLException duplicate) {
                session.rollbackTo(savepoint);
            }
            session.queue(insert(3, "after the rollback"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=taken", "2=before the savepoint", "3=after the rollback");
    }

    @Test
    void aSavepointSetAfterTheFailedFlushDoesNotUndoIt() throws Exception {
        IllegalStateException changed = new IllegalStateException("note 9 changed");

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(rename(9, "missing").expectOne(() -> changed));
            try {
                read(session);
            } catch (IllegalStateException ignored) {
                // carries on
            }
            Savepoint savepoint = session.savepoint();
            session.queue(insert(1, "after the failure"));
            session.rollbackTo(savepoint);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasCause(changed);

        assertThat(notes.committed()).isEmpty();
    }
}
