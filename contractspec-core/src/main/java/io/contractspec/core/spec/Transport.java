package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Per-surface overrides: REST route, GraphQL field name, MCP tool name (absent = the default), and
 * the responses the REST transport documents besides the success status and the errors.
 */
@PublicApi
public record Transport(Optional<RestRoute> rest, Optional<String> graphqlField, Optional<String> mcpTool,
        List<RestResponse> restResponses) {

    public static final Transport DEFAULT = new Transport(Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");
    private static final Pattern MCP_TOOL = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    public Transport(Optional<RestRoute> rest, Optional<String> graphqlField, Optional<String> mcpTool) {
        this(rest, graphqlField, mcpTool, List.of());
    }

    public Transport {
        restResponses = List.copyOf(restResponses);
        Set<Integer> statuses = new HashSet<>();
        for (RestResponse response : restResponses) {
            if (!statuses.add(response.status())) {
                throw new IllegalArgumentException("REST response " + response.status() + " is declared twice");
            }
        }
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

    /** The documented response with this status, if any. */
    public Optional<RestResponse> restResponse(int status) {
        return restResponses.stream().filter(response -> response.status() == status).findFirst();
    }
}
