package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Optional;
import java.util.regex.Pattern;

/** Per-surface overrides: REST route, GraphQL field name, MCP tool name. Absent = the default. */
@PublicApi
public record Transport(Optional<RestRoute> rest, Optional<String> graphqlField, Optional<String> mcpTool) {

    public static final Transport DEFAULT = new Transport(Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");
    private static final Pattern MCP_TOOL = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    public Transport {
        graphqlField.ifPresent(name -> {
            if (!GRAPHQL_NAME.matcher(name).matches() || name.startsWith("__")) {
                throw new IllegalArgumentException("GraphQL field name '" + name + "' is not a valid GraphQL name");
            }
        });
        mcpTool.ifPresent(name -> {
            if (!MCP_TOOL.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "MCP tool name '" + name + "' must be 1-128 characters of letters, digits, _ . -");
            }
        });
    }
}
