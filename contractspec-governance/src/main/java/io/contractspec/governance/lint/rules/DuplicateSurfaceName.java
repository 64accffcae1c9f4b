package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * OpenAPI operationIds, GraphQL fields, MCP tools and client calls are flat namespaces: two
 * operations cannot share one name on any of them, whether the name is derived from the key
 * ({@link SurfaceNames}) or declared as a transport override; and an MCP tool name must be valid
 * for every common client.
 */
@PublicApi
public final class DuplicateSurfaceName implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Two operations get the same operationId, GraphQL field, MCP tool or client call, or an MCP tool name is invalid.";
    }

    @Override
    public void check(LintContext context) {
        Map<SpecRef, OperationSpec> byRef = context.registry().operations().stream()
                .collect(Collectors.toMap(OperationSpec::ref, Function.identity(), (a, b) -> a));
        for (SurfaceNames.Collision collision : SurfaceNames.of(byRef.values()).collisions()) {
            OperationSpec operation = byRef.get(collision.second());
            switch (collision.surface()) {
                case GRAPHQL -> context.report(operation, "transport.graphqlField",
                        "GraphQL field name '" + collision.name() + "' is also used by " + collision.first(),
                        "declare another name with .graphqlField(…)");
                case MCP -> context.report(operation, "transport.mcpTool", collision.isInvalidName()
                        ? collision.message()
                        : "MCP tool name '" + collision.name() + "' is also used by " + collision.first(),
                        "declare another name with .mcpTool(…)");
                case OPENAPI -> context.report(operation, "key",
                        "OpenAPI operationId '" + collision.name() + "' is also used by " + collision.first(),
                        "choose keys that differ by more than punctuation and case");
                case CLIENT -> context.report(operation, "key",
                        "client call '" + collision.name() + "' is also used by " + collision.first(),
                        "choose keys that differ by more than punctuation and case");
            }
        }
    }
}
