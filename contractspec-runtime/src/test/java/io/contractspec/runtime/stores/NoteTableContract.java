package io.contractspec.runtime.stores;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The base of the write-queue contracts: the JDBC backend with a {@link NoteTable}, emptied before each test. */
abstract class NoteTableContract extends StoreContract<JdbcBackend> {

    NoteTable notes;

    @BeforeAll
    void createTable() {
        notes = NoteTable.create(backend.database());
    }

    @BeforeEach
    void emptyTable() {
        notes.empty();
    }
}
