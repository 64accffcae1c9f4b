package io.contractspec.studio;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.schema.Model;

/** A small registry for the Studio's tests: one command with a route, the event it emits, a query. */
final class NotesContracts {

    static final Model NOTE = Model.builder("Note").description("A note.")
            .required("id", ID, "The note's id.")
            .required("text", NON_EMPTY_STRING, "What it says.")
            .build();

    static final Model ADD_INPUT = Model.builder("AddNoteInput").description("The note to add.")
            .required("boardId", ID, "The board.")
            .required("text", NON_EMPTY_STRING, "What it says.")
            .build();

    static final EventSpec ADDED = Contracts.event("notes.note.added", "1.0.0")
            .description("A note was added.").owners("@team.notes").tags("notes").payload(NOTE).build();

    static final OperationSpec ADD = Contracts.command("notes.note.add", "1.0.0")
            .description("Add a note to a board.").goal("Keep a thought.").context("Boards.")
            .owners("@team.notes").tags("notes", "add")
            .input(ADD_INPUT).output(NOTE).policy(auth(USER).anyRole("writer"))
            .rest(RestRoute.Method.POST, "/boards/{boardId}/notes")
            .error("NOT_FOUND", 404, "no such board")
            .emits(ADDED, "A note is added")
            .example("add-one", json("{boardId: 'b1', text: 'hello'}"), json("{id: 'n1', text: 'hello'}"))
            .build();

    static final OperationSpec GET = Contracts.query("notes.note.get", "1.0.0")
            .description("Get a note.").owners("@team.notes").tags("notes")
            .input(Model.builder("NoteIdInput").required("noteId", ID).build()).output(NOTE).policy(auth(USER))
            .build();

    static ContractRegistry registry() {
        return ContractRegistry.builder().register(ADD, GET, ADDED).build();
    }

    /** The contracts before notes.note.get was added: the baseline the current ones are compared with. */
    static ContractRegistry withoutGet() {
        return ContractRegistry.builder().register(ADD, ADDED).build();
    }

    private NotesContracts() {}
}
