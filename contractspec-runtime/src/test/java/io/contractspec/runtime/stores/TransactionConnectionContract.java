package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.bypassingQueue;
import static io.contractspec.runtime.stores.NoteTable.connection;
import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.jdbc.WriteQueue;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The connection a JDBC unit of work hands out: the pooled one, with the transaction's write queue
 * in front; the queue goes with the transaction when it rolls back, and is sent before a savepoint
 * so that a rollback to it undoes exactly what was written after it.
 */
abstract class TransactionConnectionContract extends NoteTableContract {

    /** A queued insert that records when its values are taken, i.e. when it is sent. */
    static QueuedWrite recordedInsert(int id, String body, List<String> sent) {
        Supplier<Object[]> values = () -> {
            sent.add(id + "=" + body);
            return new Object[] {id, body};
        };
        return QueuedWrite.late(NoteTable.INSERT, values);
    }

    @Test
    void handsOutAWrapperThatBehavesLikeThePooledConnection() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            Connection connection = connection(transaction);
            Connection pooled = bypassingQueue(transaction);
            seen.add("same object: " + (connection == pooled));
            seen.add("equal: " + connection.equals(pooled) + ", to itself: " + connection.equals(connection));
            seen.add("autoCommit: " + connection.getAutoCommit());
            seen.add("wraps a Connection: " + connection.isWrapperFor(Connection.class)
                    + ", a WriteQueue: " + connection.isWrapperFor(WriteQueue.class));
            seen.add("same database: " + connection.getMetaData().getURL().equals(pooled.getMetaData().getURL()));
            seen.add("same queue each time: " + (connection.unwrap(WriteQueue.class) == queue(transaction)));
            return null;
        });

        assertThat(seen).containsExactly("same object: false", "equal: false, to itself: true", "autoCommit: false",
                "wraps a Connection: true, a WriteQueue: true", "same database: true", "same queue each time: true");
    }

    @Test
    void toStringShowsHowManyWritesAreQueued() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            queue(transaction).add(insert(1, "one"));
            queue(transaction).add(insert(2, "two"));
            seen.add(connection(transaction).toString());
            return null;
        });

        assertThat(seen).singleElement().asString().contains("2 queued write(s)");
    }

    @Test
    void aWorkThatThrowsNeverSendsItsQueuedWrites() throws Exception {
        List<String> sent = new ArrayList<>();
        IllegalStateException failure = new IllegalStateException("handler failed");

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            queue(transaction).add(recordedInsert(1, "queued", sent));
            throw failure;
        })).isSameAs(failure);

        assertThat(sent).isEmpty();
        assertThat(notes.committed()).isEmpty();
    }

    @Test
    void rollingTheConnectionBackDropsTheQueueUnsent() throws Exception {
        List<String> sent = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            queue(transaction).add(recordedInsert(1, "rolled back", sent));
            connection(transaction).rollback();
            queue(transaction).add(recordedInsert(2, "after the rollback", sent));
            return null;
        });

        assertThat(sent).containsExactly("2=after the rollback");
        assertThat(notes.committed()).containsExactly("2=after the rollback");
    }

    @Test
    void aRollbackToASavepointKeepsTheWritesQueuedBeforeItAndUndoesThoseAfter() throws Exception {
        backend.unitOfWork().run(transaction -> {
            Connection connection = connection(transaction);
            queue(transaction).add(insert(1, "before the savepoint"));
            Savepoint savepoint = connection.setSavepoint();
            queue(transaction).add(insert(2, "after the savepoint"));
            connection.rollback(savepoint);
            queue(transaction).add(insert(3, "after the rollback"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=before the savepoint", "3=after the rollback");
    }

    @Test
    void releasingASavepointSendsTheQueueFirst() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            Connection connection = connection(transaction);
            Savepoint savepoint = connection.setSavepoint();
            queue(transaction).add(insert(1, "inside the savepoint"));
            connection.releaseSavepoint(savepoint);
            seen.add(queue(transaction).size() + " queued");
            return null;
        });

        assertThat(seen).containsExactly("0 queued");
        assertThat(notes.committed()).containsExactly("1=inside the savepoint");
    }
}
