package io.contractspec.mcp.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.runtime.CallResult;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * Executor outcomes as tool results. A success carries the output as {@code structuredContent}
 * (valid against the tool's output schema: the executor validated it) and the same JSON as text for
 * clients that read text only. A failure is {@code isError} with the problem document as text — code,
 * status, detail and every validation issue with its path — so that an agent can correct its call.
 */
public final class ToolResults {

    private ToolResults() {}

    public static McpSchema.CallToolResult of(CallResult result) {
        if (result instanceof CallResult.Success success) {
            String text = JsonMaps.write(success.output());
            return McpSchema.CallToolResult.builder()
                    .structuredContent(new ValidatedOutput(success.output(), text))
                    .addTextContent(text)
                    .isError(false)
                    .build();
        }
        return failure(((CallResult.Failure) result).problem());
    }

    public static McpSchema.CallToolResult failure(Problem problem) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(JsonMaps.write(problem.toJson()))
                .isError(true)
                .build();
    }
}
