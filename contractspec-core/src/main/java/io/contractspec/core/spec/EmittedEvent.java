package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/** An event an operation may emit, and when it does. */
@PublicApi
public record EmittedEvent(SpecRef event, String when) {

    public EmittedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(when, "when");
    }
}
