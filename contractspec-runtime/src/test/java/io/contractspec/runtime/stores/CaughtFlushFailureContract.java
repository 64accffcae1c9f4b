package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.connection;
import static io.contractspec.runtime.stores.NoteTable.insert;
import static io.contractspec.runtime.stores.NoteTable.queue;
import static io.contractspec.runtime.stores.NoteTable.read;
import static io.contractspec.runtime.stores.NoteTable.rename;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
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
            queue(transaction).add(insert(1, "before the check"));
            queue(transaction).add(rename(9, "missing").expectOne(() -> changed));
            queue(transaction).add(insert(2, "after the check"));
            try {
                read(connection(transaction));
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
            queue(transaction).add(insert(2, "before the error"));
            queue(transaction).add(insert(1, "a duplicate"));
            queue(transaction).add(insert(3, "after the error"));
            try {
                read(connection(transaction));
            } catch (SQLException ignored) {
                // carries on as if nothing happened
            }
            return null;
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(notes.committed()).containsExactly("1=taken");
    }

    @Test
    void rollingBackToASavepointSetBeforeTheFailedFlushLetsTheTransactionCommit() throws Exception {
        notes.insertCommitted(1, "taken");

        backend.unitOfWork().run(transaction -> {
            Connection connection = connection(transaction);
            queue(transaction).add(insert(2, "before the savepoint"));
            Savepoint savepoint = connection.setSavepoint();
            queue(transaction).add(insert(1, "a duplicate"));
            try {
                read(connection);
            } catch (SQLException duplicate) {
                connection.rollback(savepoint);
            }
            queue(transaction).add(insert(3, "after the rollback"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=taken", "2=before the savepoint", "3=after the rollback");
    }

    @Test
    void aSavepointSetAfterTheFailedFlushDoesNotUndoIt() throws Exception {
        IllegalStateException changed = new IllegalStateException("note 9 changed");

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            Connection connection = connection(transaction);
            queue(transaction).add(rename(9, "missing").expectOne(() -> changed));
            try {
                read(connection);
            } catch (IllegalStateException ignored) {
                // carries on
            }
            Savepoint savepoint = connection.setSavepoint();
            queue(transaction).add(insert(1, "after the failure"));
            connection.rollback(savepoint);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasCause(changed);

        assertThat(notes.committed()).isEmpty();
    }

    @Test
    void aFullRollbackStartsAfreshAndCommitsWhatFollows() throws Exception {
        backend.unitOfWork().run(transaction -> {
            queue(transaction).add(rename(9, "missing").expectOne(() -> new IllegalStateException("note 9 changed")));
            try {
                read(connection(transaction));
            } catch (IllegalStateException changed) {
                connection(transaction).rollback();
            }
            queue(transaction).add(insert(1, "after the rollback"));
            return null;
        });

        assertThat(notes.committed()).containsExactly("1=after the rollback");
    }
}
