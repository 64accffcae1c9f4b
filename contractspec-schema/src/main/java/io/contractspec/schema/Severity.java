package io.contractspec.schema;

import io.contractspec.annotations.PublicApi;


/**
 * How serious a {@link Diagnostic} is. A finding at {@link #DANGER} or {@link #ERROR} is "breaking":
 * it fails a check unless configured otherwise.
 */
@PublicApi
public enum Severity {
    NOTE,
    WARNING,
    DANGER,
    ERROR;

    /** True for {@link #DANGER} and {@link #ERROR}. */
    public boolean isBreaking() {
        return this == DANGER || this == ERROR;
    }

    /** The lower-case wire name, e.g. {@code "warning"}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
