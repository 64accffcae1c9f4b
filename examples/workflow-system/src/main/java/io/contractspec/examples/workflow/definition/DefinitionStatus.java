package io.contractspec.examples.workflow.definition;

import io.contractspec.schema.Description;
import java.util.Locale;

/** The lifecycle of a workflow definition. Wire and column values are the lower-case names. */
public enum DefinitionStatus {
    @Description("Being edited; steps can be added; cannot be started.")
    DRAFT,
    @Description("Published; new instances can be started.")
    ACTIVE,
    @Description("Still runs its instances; no new ones should be started.")
    DEPRECATED,
    @Description("Kept for history only.")
    ARCHIVED;

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
