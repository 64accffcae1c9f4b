package io.contractspec.mcp.internal;

import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.schema.Field;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One prompt per feature (named like its key, {@code .} → {@code _}) that explains the feature's
 * operations to an agent: which tool does what, whether it changes anything, what it needs, and
 * where the full docs are.
 */
public final class FeaturePrompts {

    private FeaturePrompts() {}

    public static List<SyncPromptSpecification> of(ContractRegistry registry, SurfaceNames names) {
        List<SyncPromptSpecification> prompts = new ArrayList<>();
        for (FeatureSpec feature : registry.features()) {
            McpSchema.Prompt prompt = McpSchema.Prompt.builder(SurfaceNames.snake(feature.key()))
                    .title(feature.meta().title().orElse(feature.key()))
                    .description("How to use the operations of " + feature.key() + ": " + feature.meta().description())
                    .arguments(List.of())
                    .build();
            McpSchema.GetPromptResult result = McpSchema.GetPromptResult.builder(List.of(
                            McpSchema.PromptMessage.builder(McpSchema.Role.USER,
                                    McpSchema.TextContent.builder(text(registry, names, feature)).build()).build()))
                    .description(prompt.description())
                    .build();
            prompts.add(new SyncPromptSpecification(prompt, (exchange, request) -> result));
        }
        return prompts;
    }

    static String text(ContractRegistry registry, SurfaceNames names, FeatureSpec feature) {
        StringBuilder text = new StringBuilder();
        text.append("You can work with ").append(feature.key()).append(": ").append(feature.meta().description().strip())
                .append("\n\nIts tools:\n");
        for (SpecRef ref : feature.operations()) {
            Optional<OperationSpec> found = registry.operation(ref).filter(names::isExposed);
            found.ifPresent(operation -> describe(text, operation, names.mcpTool(operation)));
        }
        text.append("\nEvery call runs with your identity and the operation's policy. A failed call returns isError ")
                .append("with a problem document (code, status, issues with the path of each wrong field): fix the ")
                .append("named fields and call again. Pass _meta.\"").append(ToolCall.IDEMPOTENCY_KEY)
                .append("\" to make a retried command safe. Each spec's full page is the resource ")
                .append(SpecResources.SPEC_TEMPLATE).append('.');
        return text.toString();
    }

    private static void describe(StringBuilder text, OperationSpec operation, String tool) {
        text.append("- ").append(tool).append(" (").append(operation.isCommand() ? "changes data" : "read-only")
                .append("): ").append(operation.meta().description().strip());
        if (operation.goal() != null && !operation.goal().isBlank()) {
            text.append(" Goal: ").append(operation.goal().strip());
        }
        List<String> required = operation.input().map(model -> model.fields().stream()
                .filter(Field::isRequired).map(Field::name).toList()).orElse(List.of());
        if (!required.isEmpty()) {
            text.append(" Requires: ").append(String.join(", ", required)).append('.');
        }
        text.append('\n');
    }
}
