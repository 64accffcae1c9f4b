package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.bypassingQueue;
import static io.contractspec.runtime.stores.NoteTable.connection;
import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.queue;
import static io.contractspec.runtime.stores.NoteTable.read;
import static io.contractspec.runtime.stores.NoteTable.rename;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.jdbc.WriteQueue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * When a {@link WriteQueue} sends its writes: not when they are queued, but when the transaction's
 * connection next creates a statement, when asked to, and at the commit; in the order queued.
 */
abstract class WriteQueueContract extends NoteTableContract {

    @Test
    void aQueuedWriteWaitsForTheNextStatementOfTheConnection() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            WriteQueue queue = queue(transaction);
            queue.add(insert(1, "one"));
            seen.add(queue.size() + " queued, in the database: " + read(bypassingQueue(transaction)));
            seen.add("read through the transaction: " + read(connection(transaction)));
            seen.add(queue.size() + " queued");
            return null;
        });

        assertThat(seen).containsExactly(
                "1 queued, in the database: []", "read through the transaction: [1=one]", "0 queued");
        assertThat(notes.committed()).containsExactly("1=one");
    }

    @Test
    void flushSendsTheQueueAtOnce() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            WriteQueue queue = queue(transaction);
            queue.add(insert(1, "one"));
            queue.add(insert(2, "two"));
            queue.flush();
            seen.add(queue.size() + " queued, in the database: " + read(bypassingQueue(transaction)));
            return null;
        });

        assertThat(seen).containsExactly("0 queued, in the database: [1=one, 2=two]");
    }

    @Test
    void aPlainStatementSendsTheQueueToo() throws Exception {
        List<String> seen = new ArrayList<>();

        backend.unitOfWork().run(transaction -> {
            queue(transaction).add(insert(1, "one"));
            try (Statement statement = connection(transaction).createStatement();
                    ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM wq_note")) {
                count.next();
                seen.add(count.getInt(1) + " note(s), " + queue(transaction).size() + " queued");
            }
            return null;
        });

        assertThat(seen).containsExactly("1 note(s), 0 queued");
    }

    @Test
    void theCommitSendsWhatIsQueuedAfterTheLastRead() throws Exception {
        backend.unitOfWork().run(transaction -> {
            queue(transaction).add(insert(1, "before the read"));
            read(connection(transaction));
            queue(transaction).add(insert(2, "after the read"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=before the read", "2=after the read");
    }

    @Test
    void writesRunInTheOrderTheyWereQueued() throws Exception {
        backend.unitOfWork().run(transaction -> {
            WriteQueue queue = queue(transaction);
            queue.add(insert(1, "first"));
            queue.add(rename(1, "second"));
            queue.add(insert(2, "kept"));
            queue.add(QueuedWrite.of("DELETE FROM wq_note WHERE body = ?", "second"));
            queue.add(insert(1, "third"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=third", "2=kept");
    }

    @Test
    void lateValuesAreTakenWhenTheWriteIsSentAtTheCommit() throws Exception {
        AtomicReference<String> body = new AtomicReference<>("when queued");
        AtomicInteger taken = new AtomicInteger();

        backend.unitOfWork().run(transaction -> {
            queue(transaction).add(QueuedWrite.late(NoteTable.INSERT, () -> {
                taken.incrementAndGet();
                return new Object[] {1, body.get()};
            }));
            body.set("when committed");
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=when committed");
        assertThat(taken).hasValue(1);
    }

    @Test
    void lateValuesAreTakenAtTheFlushThatSendsThem() throws Exception {
        AtomicReference<String> body = new AtomicReference<>("when queued");
        AtomicInteger taken = new AtomicInteger();

        backend.unitOfWork().run(transaction -> {
            queue(transaction).add(QueuedWrite.late(NoteTable.INSERT, () -> {
                taken.incrementAndGet();
                return new Object[] {1, body.get()};
            }));
            body.set("when read");
            read(connection(transaction));
            body.set("after the read");
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=when read");
        assertThat(taken).hasValue(1);
    }
}
