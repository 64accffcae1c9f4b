package io.contractspec.examples.workflow.definition;

import io.contractspec.schema.DescribedValue;
import java.util.Locale;

/** The lifecycle of a workflow definition. Wire and column values are the lower-case names. */
public enum DefinitionStatus implements DescribedValue {
    DRAFT("Being edited; steps can be added; cannot be started."),
    ACTIVE("Published; new instances can be started."),
    DEPRECATED("Still runs its instances; no new ones should be started."),
    ARCHIVED("Kept for history only.");

    private final String description;

    DefinitionStatus(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

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
