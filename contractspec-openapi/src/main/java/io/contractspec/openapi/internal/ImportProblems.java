package io.contractspec.openapi.internal;

import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the import could not carry over exactly, each at the JSON pointer of the document part it
 * comes from. Ids are {@code openapi.import.<what>}.
 */
public final class ImportProblems {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Something was approximated or left out: the contracts accept or describe more or less than the document. */
    public void warn(String pointer, String what, String message) {
        add(Severity.WARNING, pointer, what, message);
    }

    /** Something was renamed or restated without changing what travels. */
    public void note(String pointer, String what, String message) {
        add(Severity.NOTE, pointer, what, message);
    }

    /** A part of the document that could not be imported at all (an operation left out). */
    public void error(String pointer, String what, String message) {
        add(Severity.ERROR, pointer, what, message);
    }

    private void add(Severity severity, String pointer, String what, String message) {
        diagnostics.add(Diagnostic.builder().severity(severity).id("openapi.import." + what).subject(pointer)
                .path(pointer).message(message).build());
    }

    public List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }

    /** A JSON pointer step: {@code ~} and {@code /} escaped. */
    public static String step(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
