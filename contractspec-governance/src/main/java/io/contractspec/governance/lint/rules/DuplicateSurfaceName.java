package io.contractspec.governance.lint.rules;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** GraphQL field names and MCP tool names are flat namespaces; two operations cannot share one. */
public final class DuplicateSurfaceName implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Two operations with different keys declare the same GraphQL field name or MCP tool name.";
    }

    @Override
    public void check(LintContext context) {
        Map<String, OperationSpec> graphql = new HashMap<>();
        Map<String, OperationSpec> mcp = new HashMap<>();
        for (OperationSpec operation : context.registry().operations()) {
            check(context, operation, operation.transport().graphqlField(), graphql, "transport.graphqlField",
                    "GraphQL field");
            check(context, operation, operation.transport().mcpTool(), mcp, "transport.mcpTool", "MCP tool");
        }
    }

    private static void check(LintContext context, OperationSpec operation, Optional<String> name,
            Map<String, OperationSpec> seen, String path, String what) {
        if (name.isEmpty()) {
            return;
        }
        OperationSpec first = seen.putIfAbsent(name.get(), operation);
        if (first != null && !first.key().equals(operation.key())) {
            context.report(operation, path, what + " name '" + name.get() + "' is also used by " + first.ref());
        }
    }
}
