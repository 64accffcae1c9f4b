package io.contractspec.examples.workflow.store;

import java.util.Locale;

/** The lifecycle of a workflow definition. Wire and column values are the lower-case names. */
public enum DefinitionStatus {
    DRAFT, ACTIVE, DEPRECATED, ARCHIVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static DefinitionStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
