package io.contractspec.mcp.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * The MCP tool of one operation: its surface name, a title, a description an agent can act on
 * (description, goal and context), input and output schemas from our JSON Schema projection, and
 * hints from the spec: queries are read-only, commands destructive, idempotent when the policy
 * says so (queries always are).
 */
public final class ToolDefinition {

    private ToolDefinition() {}

    public static McpSchema.Tool of(OperationSpec operation, String name) {
        String title = operation.meta().title().orElse(operation.key());
        boolean query = !operation.isCommand();
        return McpSchema.Tool.builder()
                .name(name)
                .title(title)
                .description(description(operation))
                .inputSchema(inputSchema(operation))
                .outputSchema(JsonMaps.toMap(JsonSchemaProjection.of(operation.output())))
                .annotations(McpSchema.ToolAnnotations.builder()
                        .title(title)
                        .readOnlyHint(query)
                        .destructiveHint(!query)
                        .idempotentHint(query || operation.policy().idempotent())
                        .openWorldHint(false)
                        .build())
                .build();
    }

    static String description(OperationSpec operation) {
        StringBuilder text = new StringBuilder(operation.meta().description().strip());
        appendSection(text, "Goal", operation.goal());
        appendSection(text, "Context", operation.context());
        text.append("\n\n").append(operation.isCommand() ? "Command" : "Query").append(' ')
                .append(operation.key()).append(" v").append(operation.version()).append('.');
        return text.toString();
    }

    private static void appendSection(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append("\n\n").append(label).append(": ").append(value.strip());
        }
    }

    /** An operation without input still takes an (empty) object: MCP tools always do. */
    private static Map<String, Object> inputSchema(OperationSpec operation) {
        if (operation.input().isPresent()) {
            return JsonMaps.toMap(JsonSchemaProjection.of(operation.input().get()));
        }
        ObjectNode empty = JsonMaps.MAPPER.createObjectNode()
                .put("$schema", JsonSchemaProjection.DIALECT)
                .put("type", "object")
                .put("additionalProperties", false);
        return JsonMaps.toMap(empty);
    }
}
