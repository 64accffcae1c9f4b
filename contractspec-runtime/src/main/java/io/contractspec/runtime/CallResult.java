package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.Problem;
import java.util.List;
import java.util.Objects;

/** The outcome of a call: a success with its output, or a failure with its problem document. */
@PublicApi
public sealed interface CallResult {

    /** The HTTP-equivalent status of the outcome. */
    int status();

    String traceId();

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /**
     * A successful call. {@code events} are the envelopes the call committed to the outbox;
     * {@code replayed} is true when an idempotent replay returned a stored result.
     */
    record Success(JsonNode output, int status, String traceId, List<EventEnvelope> events, boolean replayed)
            implements CallResult {
        public Success {
            Objects.requireNonNull(output, "output");
            events = List.copyOf(events);
        }
    }

    /** A failed call; nothing it did was committed. */
    record Failure(Problem problem) implements CallResult {
        public Failure {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public int status() {
            return problem.status();
        }

        @Override
        public String traceId() {
            return problem.traceId().orElse("");
        }
    }
}
