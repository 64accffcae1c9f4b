package io.contractspec.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.docs.internal.DefinitionCutter;
import org.junit.jupiter.api.Test;

class DefinitionCutterTest {

    private static final String FILE = """
            package com.acme;

            import static com.acme.Dsl.command;
            import static com.acme.Dsl.unused;
            import com.acme.model.*;
            import java.util.List;

            final class Orders {

                /** Places an order. */
                public static final Spec PLACE = command("acme.order.place")
                        .description("x == y; or not")
                        .build();

                static Spec make() {
                    // built in a return statement
                    return command("acme.order.make")
                            .build();
                }
            }
            """;

    @Test
    void cutsFromTheDeclarationToTheEndOfTheStatement() {
        assertThat(DefinitionCutter.cut(FILE, 13)).contains("""
                import static com.acme.Dsl.command;
                import com.acme.model.*;

                public static final Spec PLACE = command("acme.order.place")
                        .description("x == y; or not")
                        .build();
                """);
    }

    @Test
    void startsAfterThePreviousStatementWhenThereIsNoDeclaration() {
        assertThat(DefinitionCutter.cut(FILE, 18)).contains("""
                import static com.acme.Dsl.command;
                import com.acme.model.*;

                return command("acme.order.make")
                        .build();
                """);
    }

    @Test
    void endsAtTheSemicolonWhenTheRecordedLineIsInsideTheStatement() {
        assertThat(DefinitionCutter.cut(FILE, 12)).hasValueSatisfying(cut -> assertThat(cut).endsWith(".build();\n"));
    }

    @Test
    void readsWindowsLineEnds() {
        assertThat(DefinitionCutter.cut(FILE.replace("\n", "\r\n"), 13)).isEqualTo(DefinitionCutter.cut(FILE, 13));
    }

    @Test
    void cutsNothingOutsideTheFile() {
        assertThat(DefinitionCutter.cut(FILE, 0)).isEmpty();
        assertThat(DefinitionCutter.cut(FILE, 99)).isEmpty();
        assertThat(DefinitionCutter.cut("int x\n", 1)).isEmpty();
    }
}
