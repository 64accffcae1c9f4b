package io.contractspec.docs.internal;

import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an operation is reachable: its REST method and path (the transport override its highest
 * version owns, else {@code /<key segments>/v<version>}, GET for queries and POST for commands, under
 * the docs' REST base path), its GraphQL field and its MCP tool, named by {@link SurfaceNames}, the
 * one naming scheme of every surface.
 */
final class SurfaceSections {

    private SurfaceSections() {}

    static List<Block> of(OperationSpec operation, Catalog catalog) {
        Labels labels = catalog.labels();
        SurfaceNames names = catalog.surfaceNames();
        RestRoute route = route(operation, catalog.registry());
        List<Block.Property> items = new ArrayList<>();
        items.add(new Block.Property(labels.get("surface.rest"),
                List.of(Inline.code(route.method() + " " + catalog.restBasePath() + route.path()
                        + route.match().map(match -> " (" + match + ")").orElse("")))));
        items.add(new Block.Property(labels.get("surface.graphql"), List.of(Inline.code(names.graphqlField(operation)),
                Inline.text(" (" + (operation.isCommand() ? "Mutation" : "Query") + ")"))));
        items.add(new Block.Property(labels.get("surface.mcp"), List.of(Inline.code(names.mcpTool(operation)))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, labels.get("section.surfaces"), "surfaces"));
        blocks.add(new Block.Properties(items));
        return blocks;
    }

    /** The route the REST surface serves the operation at, without the base path. */
    static RestRoute route(OperationSpec operation, ContractRegistry registry) {
        Optional<RestRoute> override = operation.transport().rest().filter(rest -> ownsOverride(operation, rest, registry));
        return override.orElseGet(() -> new RestRoute(operation.isCommand() ? RestRoute.Method.POST : RestRoute.Method.GET,
                "/" + operation.key().replace('.', '/') + "/v" + operation.version()));
    }

    /** Several versions of one key may declare one override; the highest version takes it. */
    private static boolean ownsOverride(OperationSpec operation, RestRoute rest, ContractRegistry registry) {
        return registry.operations().stream()
                .filter(other -> other.key().equals(operation.key()) && other.transport().rest().equals(Optional.of(rest)))
                .noneMatch(other -> other.meta().semver().compareTo(operation.meta().semver()) > 0);
    }
}
