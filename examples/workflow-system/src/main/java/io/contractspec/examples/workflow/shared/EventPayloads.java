package io.contractspec.examples.workflow.shared;

import static io.contractspec.schema.Scalar.DATE_TIME;
import static io.contractspec.schema.Scalar.ID;

import io.contractspec.schema.Model;

/** Event payloads start with who did what, where and when; each event then adds its own facts. */
public final class EventPayloads {

    /** The actor id of changes the engine makes by itself: timers and automatic steps. */
    public static final String SYSTEM_ACTOR = "system";

    private EventPayloads() {}

    /** A payload model with {@code organizationId}, {@code actorId} and {@code occurredAt}. */
    public static Model.Builder payload(String name, String description) {
        return Model.builder(name)
                .description(description)
                .required("organizationId", ID, "The organization the record belongs to.")
                .required("actorId", ID, "The user who caused the event, or '" + SYSTEM_ACTOR + "' for the engine.")
                .required("occurredAt", DATE_TIME, "When it happened.");
    }
}
