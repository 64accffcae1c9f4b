package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.connection;
import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.queue;
import static io.contractspec.runtime.stores.NoteTable.rename;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.jdbc.QueuedWrite;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How a queued write fails: later than it was queued, at the statement or commit that sends it,
 * with the exception its row-count check supplies or its translation of the database error, and
 * always taking the whole transaction with it.
 */
abstract class WriteQueueFailureContract extends NoteTableContract {

    /** Translates a unique violation, as a store turns a duplicate key into a conflict. */
    static final Function<SQLException, RuntimeException> DUPLICATE_AS_CONFLICT = failure ->
            "23505".equals(failure.getSQLState()) ? new IllegalStateException("note exists") : null;

    void runQueueing(QueuedWrite... writes) throws Exception {
        backend.unitOfWork().run(transaction -> {
            for (QueuedWrite write : writes) {
                queue(transaction).add(write);
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
            NoteTable.insertNow(connection(transaction), 1, "written at once");
            queue(transaction).add(insert(2, "queued before"));
            queue(transaction).add(rename(9, "missing").expectOne(() -> changed));
            return null;
        })).isSameAs(changed);

        assertThat(outcome).containsExactly("rolled back");
        assertThat(notes.committed()).isEmpty();
    }

    @Test
    void aRowCountCheckFailingAtAReadIsThrownByTheReadsPrepareStatement() throws Exception {
        IllegalStateException changed = new IllegalStateException("note 9 changed");
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            queue(transaction).add(insert(1, "queued before"));
            queue(transaction).add(rename(9, "missing").expectOne(() -> changed));
            try {
                connection(transaction).prepareStatement("SELECT COUNT(*) FROM wq_note").close();
                seen.add("prepared");
            } catch (IllegalStateException e) {
                seen.add("prepareStatement threw '" + e.getMessage() + "', " + queue(transaction).size() + " queued");
                throw e;
            }
            return null;
        })).isSameAs(changed);

        assertThat(seen).containsExactly("prepareStatement threw 'note 9 changed', 0 queued");
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

        assertThatThrownBy(() -> runQueueing(insert(2, "fine"), insert(1, "again").translateErrors(DUPLICATE_AS_CONFLICT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("note exists")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(SQLException.class));
        assertThat(notes.committed()).containsExactly("1=taken");
    }

    @Test
    void aTranslationReturningNullLeavesTheDatabaseError() throws Exception {
        notes.insertCommitted(1, "taken");

        assertThatThrownBy(() -> runQueueing(insert(1, "again").translateErrors(failure -> null)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        assertThat(notes.committed()).containsExactly("1=taken");
    }

    @Test
    void theTranslationAppliesToTheReadThatSendsTheWrite() throws Exception {
        notes.insertCommitted(1, "taken");
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            queue(transaction).add(insert(1, "again").translateErrors(DUPLICATE_AS_CONFLICT));
            try {
                NoteTable.read(connection(transaction));
            } catch (IllegalStateException e) {
                seen.add("the read threw '" + e.getMessage() + "'");
                throw e;
            }
            return null;
        })).hasMessage("note exists");

        assertThat(seen).containsExactly("the read threw 'note exists'");
    }

    @Test
    void anyWriteOfTheFailedFlushMayTranslateTheError() throws Exception {
        notes.insertCommitted(1, "taken");

        // One request on PostgreSQL, so the error cannot be pinned on a write: translators go by its kind.
        assertThatThrownBy(() -> runQueueing(insert(2, "fine").translateErrors(DUPLICATE_AS_CONFLICT), insert(1, "again")))
                .hasMessage("note exists");
        assertThat(notes.committed()).containsExactly("1=taken");
    }

}
