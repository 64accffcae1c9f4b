package io.contractspec.runtime.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.spi.IdempotencyStore.Key;
import io.contractspec.runtime.spi.IdempotencyStore.KeyTakenException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every unit of work does: commit or roll back, callbacks after the end, failures unchanged. */
abstract class UnitOfWorkContract<B extends Backend> extends StoreContract<B> {

    @Test
    void returnsWhatTheWorkReturnedAndRunsTheCommitCallbacksInOrder() throws Exception {
        List<String> calls = new ArrayList<>();

        String result = backend.unitOfWork().run(transaction -> {
            transaction.afterCommit(() -> calls.add("commit 1"));
            transaction.afterRollback(() -> calls.add("rollback"));
            transaction.afterCommit(() -> calls.add("commit 2"));
            calls.add("work");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(calls).containsExactly("work", "commit 1", "commit 2");
    }

    @Test
    void rethrowsWhatTheWorkThrewUnchangedAfterTheRollbackCallbacks() {
        List<String> calls = new ArrayList<>();
        KeyTakenException raced = new KeyTakenException(new Key("p", "o", "k"));

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            transaction.afterRollback(() -> calls.add("rollback"));
            transaction.afterCommit(() -> calls.add("commit"));
            throw raced;
        })).isSameAs(raced);
        assertThat(calls).containsExactly("rollback");
    }

    @Test
    void rethrowsCheckedExceptionsAndErrorsUnchanged() {
        IOException checked = new IOException("disk full");
        AssertionError error = new AssertionError("bug");

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            throw checked;
        })).isSameAs(checked);
        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            throw error;
        })).isSameAs(error);
    }

    @Test
    void aFailingCallbackNeitherFailsTheRunNorStopsTheOthers() throws Exception {
        List<String> calls = new ArrayList<>();

        String result = backend.unitOfWork().run(transaction -> {
            transaction.afterCommit(() -> {
                throw new IllegalStateException("relay down");
            });
            transaction.afterCommit(() -> calls.add("second"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(calls).containsExactly("second");
    }
}
