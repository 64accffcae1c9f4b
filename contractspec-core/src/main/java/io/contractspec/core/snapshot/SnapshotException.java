package io.contractspec.core.snapshot;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * A snapshot document that cannot be read: malformed JSON, an unsupported
 * {@code snapshotVersion}, or content that does not describe valid specs. The message starts with
 * the JSON path of the offending value, e.g.
 * {@code operations[3].io.input.fields[2].type: unknown scalar 'Strin'}.
 */
@PublicApi
public final class SnapshotException extends RuntimeException {

    private final String path;
    private final String reason;

    SnapshotException(String path, String reason) {
        this(path, reason, null);
    }

    SnapshotException(String path, String reason, Throwable cause) {
        super(path.isEmpty() ? reason : path + ": " + reason, cause);
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Where in the document, e.g. {@code operations[3].io.input}; empty for the document itself. */
    public String path() {
        return path;
    }

    /** What is wrong there, without the path. */
    public String reason() {
        return reason;
    }
}
