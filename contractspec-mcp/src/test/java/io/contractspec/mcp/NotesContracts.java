package io.contractspec.mcp;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** A small registry for the surface: an idempotent command, a query, two majors of one key, a tool-name override. */
final class NotesContracts {

    static final Model NOTE = Model.builder("Note")
            .required("id", ID, "The note's id.")
            .required("text", NON_EMPTY_STRING, "What it says.")
            .build();

    static final Model CREATE_INPUT = Model.builder("CreateNoteInput")
            .field(Field.required("text", NON_EMPTY_STRING).description("What the note says.").maxLength(200))
            .build();

    static final Model NOTE_ID = Model.builder("NoteIdInput").required("id", ID).build();

    static final OperationSpec CREATE = Contracts.command("notes.note.create", "1.0.0")
            .description("Create a note.").goal("Remember something.").context("Anyone signed in.")
            .input(CREATE_INPUT).output(NOTE).successStatus(201)
            .policy(auth(USER).idempotent(true))
            .build();

    static final OperationSpec GET = Contracts.query("notes.note.get", "1.0.0")
            .description("Read a note.").goal("See what a note says.")
            .input(NOTE_ID).output(NOTE).policy(auth(USER))
            .error("NOT_FOUND", 404, "no note with this id")
            .build();

    static final OperationSpec ARCHIVE_V1 = Contracts.command("notes.note.archive", "1.0.0")
            .description("Archive a note (old).").input(NOTE_ID).output(NOTE).policy(auth(USER)).build();

    static final OperationSpec ARCHIVE_V2 = Contracts.command("notes.note.archive", "2.0.0")
            .description("Archive a note.").input(NOTE_ID).output(NOTE).policy(auth(USER)).build();

    static final OperationSpec SEARCH = Contracts.query("notes.note.search", "1.0.0")
            .description("Find notes.").output(NOTE).policy(auth(USER)).mcpTool("find_notes").build();

    static final FeatureSpec NOTES = Contracts.feature("notes", "1.0.0")
            .description("Keep short notes.")
            .operations(CREATE, GET, ARCHIVE_V2, SEARCH)
            .build();

    static ContractRegistry registry() {
        return ContractRegistry.builder().register(CREATE, GET, ARCHIVE_V1, ARCHIVE_V2, SEARCH, NOTES).build();
    }

    private NotesContracts() {}
}
