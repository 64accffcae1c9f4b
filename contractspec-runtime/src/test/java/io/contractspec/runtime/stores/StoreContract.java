package io.contractspec.runtime.stores;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every store contract: one backend per test class (a fresh database or schema),
 * emptied before each test. Concrete classes only say which backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract<B extends Backend> {

    B backend;

    abstract B openBackend();

    @BeforeAll
    void openBackendOnce() {
        backend = openBackend();
    }

    @BeforeEach
    void emptyStores() {
        backend.reset();
    }

    @AfterAll
    void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }
}
