package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Locale;

/** Commands change state; queries only read. */
@PublicApi
public enum OperationKind {
    COMMAND,
    QUERY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OperationKind fromWire(String wire) {
        return switch (wire) {
            case "command" -> COMMAND;
            case "query" -> QUERY;
            default -> throw new IllegalArgumentException("unknown operation kind '" + wire + "'");
        };
    }
}
