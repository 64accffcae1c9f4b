package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * What an action step runs, read from its {@code actionConfig}:
 *
 * <pre>{@code
 * {"operation": "billing.invoice.create", "version": "1.0.0", "input": {"amount": 420},
 *  "maxAttempts": 3, "retryDelaySeconds": 10, "resultKey": "invoice"}
 * }</pre>
 *
 * The operation runs as the system on behalf of the definition's publisher ({@link ActionAuthority});
 * a failed run is retried after
 * {@code retryDelaySeconds × attempt} (linear backoff) until {@code maxAttempts} runs failed, then
 * the step follows its {@code failure} transition, or the instance fails. A successful output is
 * stored in the context under {@code resultKey} when one is given.
 */
record ActionPolicy(String operation, String version, ObjectNode input, int maxAttempts,
        Duration retryDelay, String resultKey) {

    static final int DEFAULT_MAX_ATTEMPTS = 3;
    static final int DEFAULT_RETRY_DELAY_SECONDS = 10;

    static ActionPolicy of(JsonNode config) {
        JsonNode input = config.path("input");
        return new ActionPolicy(config.path("operation").asText(),
                config.path("version").isTextual() ? config.get("version").asText() : null,
                input.isObject() ? (ObjectNode) input.deepCopy() : io.contractspec.schema.ExactJson.mapper().createObjectNode(),
                Math.max(1, config.path("maxAttempts").asInt(DEFAULT_MAX_ATTEMPTS)),
                Duration.ofSeconds(Math.max(0, config.path("retryDelaySeconds").asInt(DEFAULT_RETRY_DELAY_SECONDS))),
                config.path("resultKey").isTextual() ? config.get("resultKey").asText() : null);
    }
}
