package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.Scalars;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Pagination;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Relay-style connections for paginated operations whose items are objects: the field's type is
 * {@code <Item>Connection} with {@code edges { node cursor }}, {@code nodes}, {@code pageInfo
 * { hasNextPage endCursor }} and the page's other output fields ({@code total}, …); the items and
 * the next-cursor fields become {@code nodes}/{@code edges} and {@code pageInfo.endCursor}.
 *
 * <p>Pagination is forward only (keyset cursors name a position to continue after), so there is
 * no {@code hasPreviousPage}/{@code startCursor}. The contract gives one cursor per page, not per
 * item, so an edge's {@code cursor} is set on the last edge of a page that has a next one (it
 * continues after that item) and null elsewhere; Relay allows a nullable edge cursor.
 */
final class Connections {

    static final String PAGE_INFO = "PageInfo";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ModelTypes types;
    private final Map<String, GraphQLObjectType> byOutputModel = new HashMap<>();
    private final Map<String, String> outputModelOfName = new HashMap<>();
    private GraphQLObjectType pageInfo;

    Connections(ModelTypes types) {
        this.types = types;
    }

    /** The items model of an operation served as a connection, or none for a plain field. */
    static Optional<Model> itemsOf(OperationSpec operation) {
        return operation.pagination()
                .flatMap(pagination -> operation.output().field(pagination.items()))
                .filter(field -> field.type() instanceof Model model && !model.fields().isEmpty())
                .map(field -> (Model) field.type());
    }

    /** The connection type of a paginated operation ({@link #itemsOf} must be present). */
    GraphQLOutputType type(OperationSpec operation) {
        Model output = operation.output();
        GraphQLObjectType known = byOutputModel.get(output.name());
        if (known != null) {
            return known;
        }
        Model item = itemsOf(operation).orElseThrow();
        Pagination pagination = operation.pagination().orElseThrow();
        String name = item.name() + "Connection";
        if (outputModelOfName.putIfAbsent(name, output.name()) != null) {
            name = output.name() + "Connection";
        }
        GraphQLOutputType node = GraphQLNonNull.nonNull(types.output(item));
        GraphQLObjectType edge = GraphQLObjectType.newObject().name(name.substring(0, name.length() - "Connection".length()) + "Edge")
                .description("One item of " + name + " with its cursor.")
                .field(field("node", node, "The item."))
                .field(field("cursor", Scalars.GraphQLString,
                        "Continue after this item: set on the last edge of a page that has a next one, else null."))
                .build();
        GraphQLObjectType.Builder connection = GraphQLObjectType.newObject().name(name)
                .description(text(output.description(), "A page of " + output.name() + " as a Relay connection."))
                .field(field("edges", GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(edge))),
                        "The page's items with their cursors."))
                .field(field("nodes", GraphQLNonNull.nonNull(GraphQLList.list(node)), "The page's items."))
                .field(field("pageInfo", GraphQLNonNull.nonNull(pageInfo()),
                        "Whether there is a next page and the cursor to pass as input." + pagination.inputToken() + "."));
        for (Field field : output.fields()) {
            if (!field.name().equals(pagination.items()) && !field.name().equals(pagination.outputToken())) {
                connection.field(types.outputFieldDefinition(field));
            }
        }
        GraphQLObjectType built = connection.build();
        byOutputModel.put(output.name(), built);
        return built;
    }

    private GraphQLObjectType pageInfo() {
        if (pageInfo == null) {
            pageInfo = GraphQLObjectType.newObject().name(PAGE_INFO)
                    .description("Where a page of a connection ends. Pages only move forward.")
                    .field(field("hasNextPage", GraphQLNonNull.nonNull(Scalars.GraphQLBoolean), "Whether another page follows."))
                    .field(field("endCursor", Scalars.GraphQLString, "The cursor of the next page; null on the last page."))
                    .build();
        }
        return pageInfo;
    }

    /** The contract's page output in the connection's shape, for the default field fetchers to read. */
    static JsonNode page(OperationSpec operation, JsonNode output) {
        Pagination pagination = operation.pagination().orElseThrow();
        ObjectNode connection = JSON.objectNode();
        output.fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals(pagination.items()) && !entry.getKey().equals(pagination.outputToken())) {
                connection.set(entry.getKey(), entry.getValue());
            }
        });
        JsonNode next = output.path(pagination.outputToken());
        JsonNode endCursor = next.isTextual() ? next : JSON.nullNode();
        ArrayNode items = output.path(pagination.items()).isArray() ? (ArrayNode) output.get(pagination.items()) : JSON.arrayNode();
        ArrayNode edges = connection.putArray("edges");
        for (int i = 0; i < items.size(); i++) {
            edges.addObject().set("node", items.get(i));
        }
        if (!edges.isEmpty()) {
            ((ObjectNode) edges.get(edges.size() - 1)).set("cursor", endCursor);
        }
        connection.set("nodes", items);
        connection.putObject("pageInfo").put("hasNextPage", next.isTextual()).set("endCursor", endCursor);
        return connection;
    }

    private static GraphQLFieldDefinition field(String name, GraphQLOutputType type, String description) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).description(description).build();
    }

    private static String text(String description, String fallback) {
        return description == null || description.isEmpty() ? fallback : description;
    }
}
