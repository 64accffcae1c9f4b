package io.contractspec.core.spec;

import java.util.Objects;

/** An event an operation may emit, and when it does. */
public record EmittedEvent(SpecRef event, String when) {

    public EmittedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(when, "when");
    }
}
