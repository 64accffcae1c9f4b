package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.read;
import static io.contractspec.runtime.stores.NoteTable.rename;
import static io.contractspec.runtime.stores.NoteTable.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.QueuedWrite;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a {@link JdbcSession} sends its queued writes: not when they are queued, but at its flush
 * points — a query or statement of its own, an explicit flush, handing out the connection, and
 * the commit — in the order queued.
 */
abstract class SessionQueueContract extends NoteTableContract {

    @Test
    void aQueuedWriteWaitsForTheNextQueryOfTheSession() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            Connection handedOutBefore = session.connection();
            session.queue(insert(1, "one"));
            seen.add(session.queued() + " queued, in the database: " + read(handedOutBefore));
            seen.add("read through the session: " + read(session));
            seen.add(session.queued() + " queued");
            return null;
        });

        assertThat(seen).containsExactly(
                "1 queued, in the database: []", "read through the session: [1=one]", "0 queued");
        assertThat(notes.committed()).containsExactly("1=one");
    }

    @Test
    void flushSendsTheQueueAtOnce() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            Connection handedOutBefore = session.connection();
            session.queue(insert(1, "one"));
            session.queue(insert(2, "two"));
            session.flush();
            seen.add(session.queued() + " queued, in the database: " + read(handedOutBefore));
            return null;
        });

        assertThat(seen).containsExactly("0 queued, in the database: [1=one, 2=two]");
    }

    @Test
    void aStatementOfTheSessionRunsAfterTheQueueAndCountsItsRows() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(insert(1, "one"));
            session.queue(insert(2, "two"));
            seen.add(session.execute("UPDATE wq_note SET body = ?", "both") + " row(s) changed");
            return null;
        });

        assertThat(seen).containsExactly("2 row(s) changed");
        assertThat(notes.committed()).containsExactly("1=both", "2=both");
    }

    @Test
    void handingOutTheConnectionSendsTheQueueThroughTheSessionAndTheTransaction() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(insert(1, "one"));
            seen.add("session: " + read(session.connection()));
            session.queue(insert(2, "two"));
            seen.add("transaction: " + read(transaction.connection().orElseThrow()));
            return null;
        });

        assertThat(seen).containsExactly("session: [1=one]", "transaction: [1=one, 2=two]");
    }

    @Test
    void aStatementOnAConnectionHandedOutEarlierDoesNotSendWhatWasQueuedSince() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            Connection connection = session.connection();
            session.queue(insert(1, "one"));
            seen.add(read(connection) + ", " + session.queued() + " queued");
            return null;
        });

        assertThat(seen).containsExactly("[], 1 queued");
        assertThat(notes.committed()).containsExactly("1=one");
    }

    @Test
    void theCommitSendsWhatIsQueuedAfterTheLastRead() throws Exception {
        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(insert(1, "before the read"));
            read(session);
            session.queue(insert(2, "after the read"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=before the read", "2=after the read");
    }

    @Test
    void writesRunInTheOrderTheyWereQueued() throws Exception {
        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            session.queue(insert(1, "first"));
            session.queue(rename(1, "second"));
            session.queue(insert(2, "kept"));
            session.queue(QueuedWrite.of("DELETE FROM wq_note WHERE body = ?", "second"));
            session.queue(insert(1, "third"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=third", "2=kept");
    }

    @Test
    void oneTransactionHasOneSession() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            session(transaction).queue(insert(1, "one"));
            session(transaction).queue(insert(2, "two"));
            seen.add("same session: " + (session(transaction) == session(transaction)));
            seen.add(session(transaction).toString());
            return null;
        });

        assertThat(seen).containsExactly("same session: true", "JdbcSession[2 queued write(s)]");
    }

    @Test
    void queryFirstGivesTheFirstRowOrNothing() throws Exception {
        List<String> seen = new ArrayList<>();
        notes.insertCommitted(1, "one");
        notes.insertCommitted(2, "two");

        backend.unitOfWork().run(transaction -> {
            JdbcSession session = session(transaction);
            seen.add(String.valueOf(session.queryFirst("SELECT body FROM wq_note WHERE id > ? ORDER BY id",
                    row -> row.getString(1), 0)));
            seen.add(String.valueOf(session.queryFirst("SELECT body FROM wq_note WHERE id > ? ORDER BY id",
                    row -> row.getString(1), 2)));
            return null;
        });

        assertThat(seen).containsExactly("Optional[one]", "Optional.empty");
    }
}
