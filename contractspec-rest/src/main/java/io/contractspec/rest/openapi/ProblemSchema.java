package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one schema of every error response: an RFC 9457 problem document as the adapter writes it. */
final class ProblemSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ProblemSchema() {}

    static ObjectNode schema() {
        ObjectNode schema = JSON.objectNode()
                .put("title", "Problem")
                .put("description", "A failure as an RFC 9457 problem document; every error response is one.")
                .put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.set("type", text("A URI naming the kind of problem.").put("format", "uri"));
        properties.set("title", text("A short summary of the kind of problem."));
        properties.set("status", JSON.objectNode().put("description", "The HTTP status.")
                .put("type", "integer").put("minimum", 400).put("maximum", 599));
        properties.set("code", text("The error code, e.g. VALIDATION_FAILED or a code the operation declares.")
                .put("pattern", "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"));
        properties.set("detail", text("What went wrong in this call."));
        ObjectNode issues = properties.putObject("issues")
                .put("description", "Every validation issue, for VALIDATION_FAILED.")
                .put("type", "array");
        ObjectNode issue = issues.putObject("items").put("type", "object");
        ObjectNode issueProperties = issue.putObject("properties");
        issueProperties.set("path", text("Where in the input, e.g. steps[0].key; empty for the input itself."));
        issueProperties.set("code", text("The validation code, e.g. required or type."));
        issueProperties.set("message", text("A human-readable message."));
        issue.putArray("required").add("path").add("code").add("message");
        properties.set("traceId", text("The trace id of the call; also in the X-Trace-Id header."));
        properties.set("metadata", JSON.objectNode()
                .put("description", "Extra facts, e.g. retryAfterSeconds for RATE_LIMITED.").put("type", "object"));
        schema.putArray("required").add("type").add("title").add("status").add("code");
        return schema;
    }

    private static ObjectNode text(String description) {
        return JSON.objectNode().put("description", description).put("type", "string");
    }
}
