package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.rename;
import static io.contractspec.runtime.stores.NoteTable.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.jdbc.JdbcSession;
import java.sql.Savepoint;
import org.junit.jupiter.api.Test;

/**
 * A session's writes go with its transaction: a work that throws never sends them, and a rollback
 * to a savepoint undoes exactly what was written after it, sent or still queued.
 */
abstract class SessionRollbackContract extends NoteTableContract {

    @Test
    void aWorkThatThrowsNeverSendsItsQueuedWrites() throws Exception {
        IllegalStateException failure = new IllegalStateException("handler failed");

        // Sent, the rename would fail its check and that failure would come out instead of the handler's.
        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            session(transaction).queue(rename(9, "missing").expectOne(() -> new IllegalStateException("sent")));
            throw failure;
        })).isSameAs(failure);

        assertThat(notes.committed()).isEmpty();
    }

    @Test
    void aRollbackToASavepointKeepsTheWritesQueuedBeforeItAndUndoesThoseAfter() throws Exception {
        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(insert(1, "before the savepoint"));
            Savepoint savepoint = session.savepoint();
            session.queue(insert(2, "sent after the savepoint"));
            session.flush();
            session.queue(insert(3, "queued after the savepoint"));
            session.rollbackTo(savepoint);
            session.queue(insert(4, "after the rollback"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=before the savepoint", "4=after the rollback");
    }

    @Test
    void aRollbackToASavepointDropsTheWritesQueuedSinceUnsent() throws Exception {
        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            Savepoint savepoint = session.savepoint();
            session.queue(rename(9, "missing").expectOne(() -> new IllegalStateException("sent")));
            session.rollbackTo(savepoint);
            return null;
        });

        assertThat(notes.committed()).isEmpty();
    }
}
