package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.runtime.EventEnvelope;
import java.util.List;

/** What a committed unit of work produced. */
public record CallOutcome(JsonNode output, List<EventEnvelope> events) {}
