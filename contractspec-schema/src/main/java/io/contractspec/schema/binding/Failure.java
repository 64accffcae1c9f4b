package io.contractspec.schema.binding;

import io.contractspec.schema.internal.Names;

/**
 * A read or write problem at a position inside the payload. It never leaves this package:
 * {@link RecordBinding} turns it into a {@link BindingException}, so it carries no stack trace and
 * its path is built only on the way out, by the fields and arrays it passes through.
 */
final class Failure extends RuntimeException {

    private final String path;

    Failure(String problem) {
        this(problem, "", null);
    }

    Failure(String problem, Throwable cause) {
        this(problem, "", cause);
    }

    private Failure(String problem, String path, Throwable cause) {
        super(problem, cause, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }

    /** The same problem, one field further out. */
    Failure atField(String name) {
        String step = Names.isIdentifier(name) ? name : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        String inner = path.isEmpty() || path.startsWith("[") ? path : "." + path;
        return new Failure(getMessage(), step + inner, getCause());
    }

    /** The same problem, one array item further out. */
    Failure atIndex(int index) {
        String inner = path.isEmpty() || path.startsWith("[") ? path : "." + path;
        return new Failure(getMessage(), "[" + index + "]" + inner, getCause());
    }
}
