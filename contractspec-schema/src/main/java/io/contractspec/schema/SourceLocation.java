package io.contractspec.schema;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * Where something was defined: a source file path (with '/' separators, relative to a source root
 * such as {@code src/main/java} or to the project root) and a 1-based line, 0 when unknown.
 */
@PublicApi
public record SourceLocation(String file, int line) {

    public static final SourceLocation NONE = new SourceLocation("", 0);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    public boolean isKnown() {
        return !file.isEmpty();
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
