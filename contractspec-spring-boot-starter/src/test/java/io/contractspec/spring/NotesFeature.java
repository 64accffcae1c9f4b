package io.contractspec.spring;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.schema.Model;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A contract whose handler is a typed {@code @ContractHandler} method that writes through Spring's
 * {@link JdbcClient}: its row commits with the call, or rolls back with it.
 */
@Configuration(proxyBeanMethods = false)
class NotesFeature {

    static final Model NOTE_INPUT = Model.builder("AddNoteInput").required("text", NON_EMPTY_STRING).build();
    static final Model NOTE = Model.builder("Note").required("id", INT).required("text", NON_EMPTY_STRING).build();

    static final OperationSpec ADD = Contracts.command("notes.note.add", "1.0.0")
            .description("Add a note; the text 'fail' fails after the row was written.")
            .input(NOTE_INPUT).output(NOTE).successStatus(201).policy(auth(ANONYMOUS))
            .audit("notes.note.added")
            .build();

    record AddNote(String text) {}

    record Note(int id, String text) {}

    @Bean
    ContractModule notesModule() {
        return new ContractModule() {
            @Override
            public String name() {
                return "notes";
            }

            @Override
            public List<Spec> specs() {
                return List.of(ADD);
            }
        };
    }

    @Bean
    NoteHandlers noteHandlers(JdbcClient jdbc) {
        return new NoteHandlers(jdbc);
    }

    static class NoteHandlers {

        private final JdbcClient jdbc;

        NoteHandlers(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @ContractHandler("notes.note.add")
        Note add(AddNote input, HandlerContext context) {
            jdbc.sql("INSERT INTO note (text) VALUES (?)").param(input.text()).update();
            if (input.text().equals("fail")) {
                throw new ContractException(StandardCode.CONFLICT, "The note was refused after it was written.");
            }
            int id = jdbc.sql("SELECT MAX(id) FROM note").query(Integer.class).single();
            return new Note(id, input.text());
        }
    }
}
