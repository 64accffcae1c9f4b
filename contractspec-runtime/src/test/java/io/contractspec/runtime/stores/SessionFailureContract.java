package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.read;
import static io.contractspec.runtime.stores.NoteTable.rename;
import static io.contractspec.runtime.stores.NoteTable.session;
import static io.contractspec.runtime.stores.NoteTable.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.jdbc.QueuedWrite;
import io.contractspec.runtime.jdbc.QueuedWriteException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How a queued write fails: at the flush point that sends it, as itself — the exception its
 * row-count check supplies, its translation of the database error, or a {@link QueuedWriteException}
 * naming it — never as the failure of the read that sent it, and always taking the whole
 * transaction with it.
 */
abstract class SessionFailureContract extends NoteTableContract {

    /** Translates a unique violation, as a store turns a duplicate key into a conflict. */
    static final Function<SQLException, RuntimeException> DUPLICATE_AS_CONFLICT = failure ->
            "23505".equals(failure.getSQLState()) ? new IllegalStateException("note exists") : null;

    void runQueueing(QueuedWrite... writes) throws Exception {
        backend.unitOfWork().run(transaction -> {
            for (QueuedWrite write : writes) {
                session(transaction).queue(write);
            }
            return null;
        });
    }

    static Supplier<RuntimeException> conflict(String message) {
        return () -> new IllegalStateException(message);
    }

    @Test
    void aRowCountCheckFailingAtTheCommitRollsBackTheWholeTransaction() throws Exception {
        IllegalStateException changed = new IllegalStateException("note 9 changed");
        List<String> outcome = new ArrayList<>();

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            transaction.afterCommit(() -> outcome.add("committed"));
            transaction.afterRollback(() -> outcome.add("rolled back"));
            session(transaction).execute(NoteTable.INSERT, 1, "written at once");
            session(transaction).queue(insert(2, "queued before"));
            session(transaction).queue(rename(9, "missing").expectOne(() -> changed));
            return null;
        })).isSameAs(changed);

        assertThat(outcome).containsExactly("rolled back");
        assertThat(notes.committed()).isEmpty();
    }

    @Test
    void aRowCountCheckFailingAtAReadIsThrownByTheRead() throws Exception {
        IllegalStateException changed = new IllegalStateException("note 9 changed");
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            session(transaction).queue(insert(1, "queued before"));
            session(transaction).queue(rename(9, "missing").expectOne(() -> changed));
            try {
                read(session(transaction));
                seen.add("read");
            } catch (IllegalStateException e) {
                seen.add("the read threw '" + e.getMessage() + "', " + session(transaction).queued() + " queued");
                throw e;
            }
            return null;
        })).isSameAs(changed);

        assertThat(seen).containsExactly("the read threw 'note 9 changed', 0 queued");
        assertThat(notes.committed()).isEmpty();
    }

    @Test
    void theRowCountCheckOfAFlushOfSeveralWritesAppliesToItsOwnWrite() throws Exception {
        notes.insertCommitted(1, "one");
        notes.insertCommitted(3, "three");

        assertThatThrownBy(() -> runQueueing(
                rename(1, "changed"),
                rename(2, "changed").expectOne(conflict("note 2 is missing")),
                rename(3, "changed")))
                .hasMessage("note 2 is missing");
        assertThatThrownBy(() -> runQueueing(
                rename(1, "changed").expectOne(conflict("note 1 is missing")),
                rename(3, "changed").expectOne(conflict("note 3 is missing")),
                rename(2, "changed").expectOne(conflict("note 2 is missing"))))
                .hasMessage("note 2 is missing");
        assertThat(notes.committed()).containsExactly("1=one", "3=three");
    }

    @Test
    void aWriteWithoutACheckMayChangeNoRowsBetweenCheckedOnes() throws Exception {
        notes.insertCommitted(1, "one");
        notes.insertCommitted(3, "three");

        runQueueing(
                rename(1, "changed").expectOne(conflict("note 1 is missing")),
                rename(2, "changed"),
                rename(3, "changed").expectOne(conflict("note 3 is missing")));

        assertThat(notes.committed()).containsExactly("1=changed", "3=changed");
    }

    @Test
    void aCheckedWriteThatChangesTwoRowsFails() throws Exception {
        notes.insertCommitted(1, "one");
        notes.insertCommitted(2, "two");

        assertThatThrownBy(() -> runQueueing(QueuedWrite.of("UPDATE wq_note SET body = ?", "changed")
                .expectOne(conflict("more than one note changed"))))
                .hasMessage("more than one note changed");
        assertThat(notes.committed()).containsExactly("1=one", "2=two");
    }

    @Test
    void aDatabaseErrorOfAQueuedWriteComesOutTranslated() throws Exception {
        notes.insertCommitted(1, "taken");

        assertThatThrownBy(() -> runQueueing(tag(1), insert(1, "again").translateErrors(DUPLICATE_AS_CONFLICT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("note exists")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(QueuedWriteException.class));
        assertThat(notes.committed()).containsExactly("1=taken");
    }

    @Test
    void anUntranslatedDatabaseErrorNamesTheWriteThatFailed() throws Exception {
        notes.insertCommitted(1, "taken");
        QueuedWrite duplicate = insert(1, "again");

        assertThatThrownBy(() -> runQueueing(tag(1), duplicate, tag(2)))
                .isInstanceOfSatisfying(QueuedWriteException.class, e -> {
                    assertThat(e.writes()).containsExactly(duplicate);
                    assertThat(e.getSQLState()).isEqualTo("23505");
                    assertThat(e.getMessage()).startsWith("the queued write INSERT INTO wq_note (id, body) VALUES (?, ?)"
                            + " failed with SQLState 23505 (vendor code ");
                });
        assertThat(notes.committed()).containsExactly("1=taken");
    }

    @Test
    void theWritesNamedAreThoseThatMayHaveFailedNeverOnesToAnotherTable() throws Exception {
        notes.insertCommitted(1, "taken");
        QueuedWrite fine = insert(2, "fine");
        QueuedWrite duplicate = insert(1, "again");

        // H2 sends one write at a time and knows which failed; PostgreSQL names the table, and both write to it.
        assertThatThrownBy(() -> runQueueing(fine, tag(1), duplicate))
                .isInstanceOfSatisfying(QueuedWriteException.class, e -> {
                    assertThat(e.writes()).contains(duplicate).isSubsetOf(fine, duplicate);
                    assertThat(e.getMessage()).contains("INSERT INTO wq_note").doesNotContain("wq_tag");
                });
    }

    @Test
    void theFailureLeavesOutTheValuesTheDriverQuotes() throws Exception {
        notes.insertCommitted(1, "taken");
        String secret = "user-secret-" + "x".repeat(200);

        // Too long for the column: both drivers quote the value in their message.
        assertThatThrownBy(() -> runQueueing(tag(1), insert(2, secret)))
                .isInstanceOfSatisfying(QueuedWriteException.class, e -> {
                    StringWriter logged = new StringWriter();
                    e.printStackTrace(new PrintWriter(logged));
                    assertThat(logged.toString()).contains("SQLState 22001").doesNotContain("user-secret");
                });
    }

    @Test
    void aTranslationReturningNullLeavesTheDatabaseError() throws Exception {
        notes.insertCommitted(1, "taken");

        assertThatThrownBy(() -> runQueueing(insert(1, "again").translateErrors(failure -> null)))
                .isInstanceOfSatisfying(QueuedWriteException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        assertThat(notes.committed()).containsExactly("1=taken");
    }

    @Test
    void theReadThatSendsAFailingWriteThrowsTheWritesFailureNotItsOwn() throws Exception {
        notes.insertCommitted(1, "taken");
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            session(transaction).queue(insert(1, "again").translateErrors(DUPLICATE_AS_CONFLICT));
            try {
                read(session(transaction));
            } catch (IllegalStateException e) {
                seen.add("the read threw '" + e.getMessage() + "'");
                throw e;
            }
            return null;
        })).hasMessage("note exists");

        assertThat(seen).containsExactly("the read threw 'note exists'");
    }

    @Test
    void onlyTheFailedWritesTranslationApplies() throws Exception {
        notes.insertCommitted(1, "taken");

        // The tag insert would call any duplicate a conflict; the duplicate is the note's, which has no translation.
        assertThatThrownBy(() -> runQueueing(tag(1).translateErrors(DUPLICATE_AS_CONFLICT), insert(1, "again")))
                .isInstanceOfSatisfying(QueuedWriteException.class,
                        e -> assertThat(e.writes()).extracting(QueuedWrite::sql).containsExactly(NoteTable.INSERT));
        assertThat(notes.committed()).containsExactly("1=taken");
    }
}
