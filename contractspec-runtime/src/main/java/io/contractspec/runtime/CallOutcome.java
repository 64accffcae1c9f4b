package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import java.time.Duration;
import java.util.Objects;

/** How a call ended: its result and how long the pipeline took. */
@PublicApi
public record CallOutcome(CallResult result, Duration duration) {

    public CallOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(duration, "duration");
    }
}
