package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Pagination;
import io.contractspec.graphql.GraphQlSchemas;
import io.contractspec.graphql.GraphQlSurface;
import io.contractspec.rest.RestServer;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.rest.internal.OperationRoute;
import io.contractspec.rest.internal.RouteTable;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.testing.ExampleCaller;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Example callers that go over HTTP to a server started on the example's executor: one through
 * the REST routes, one through {@code POST /graphql}. The caller's principal travels as a test
 * bearer token {@code user|organization|role,role}.
 */
final class SurfaceCallers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Authenticator TEST_TOKENS = headers -> headers.first("Authorization")
            .map(value -> value.substring("Bearer ".length()).split("\\|", -1))
            .map(parts -> AuthenticationResult.authenticated(new Principal(parts[0], parts[1],
                    Set.of(parts[2].split(",")), Set.of())))
            .orElse(AuthenticationResult.anonymous());

    private SurfaceCallers() {}

    static ExampleCaller rest() {
        return (operation, input, context, executor) -> withServer(executor, port -> {
            OperationRoute route = RouteTable.of(executor.registry(), "").routeOf(operation).orElseThrow();
            String path = route.path();
            for (String parameter : route.pathParameters()) {
                path = path.replace("{" + parameter + "}", encode(input.path(parameter).asText()));
            }
            HttpRequest.Builder request = request(port, context);
            if (route.inputFromQuery()) {
                request.uri(URI.create("http://localhost:" + port + path + "?input=" + encode(JSON.writeValueAsString(input))))
                        .method(route.method().name(), HttpRequest.BodyPublishers.noBody());
            } else {
                request.uri(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                        .method(route.method().name(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(input)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() < 300) {
                return new CallResult.Success(body, response.statusCode(), "", List.of(), false);
            }
            return new CallResult.Failure(Problem.of(body.path("code").asText(), response.statusCode())
                    .detail(body.path("detail").asText()).build());
        });
    }

    static ExampleCaller graphql() {
        return (operation, input, context, executor) -> withServer(executor, port -> {
            String field = SurfaceNames.of(executor.registry().operations()).graphqlField(operation);
            String inputType = operation.input().map(model -> model.name()).orElseThrow();
            String document = (operation.isCommand() ? "mutation" : "query") + "($input: " + inputType + "!) { "
                    + field + "(input: $input) " + outputSelection(operation) + " }";
            ObjectNode body = JSON.createObjectNode().put("query", document);
            body.set("variables", JSON.createObjectNode().set("input", toGraphQl(operation.input().get(), input)));
            HttpResponse<String> response = HTTP.send(request(port, context)
                    .uri(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            JsonNode data = answer.path("data").path(field);
            if (!data.isMissingNode() && !data.isNull()) {
                return new CallResult.Success(toContract(operation.output(), fromConnection(operation, data)), 200, "",
                        List.of(), false);
            }
            JsonNode error = answer.path("errors").path(0);
            return new CallResult.Failure(Problem.of(error.at("/extensions/code").asText("NO_CODE: " + answer),
                    error.at("/extensions/status").asInt(500)).detail(error.path("message").asText()).build());
        });
    }

    private interface Call {
        CallResult run(int port) throws Exception;
    }

    private static CallResult withServer(OperationExecutor executor, Call call) throws Exception {
        GraphQlSurface graphql = GraphQlSurface.create(executor, config -> config.authenticator(TEST_TOKENS)
                .subscriberName("graphql-parity"));
        try (RestServer server = RestServer.create(executor, config -> config.authenticator(TEST_TOKENS)
                .javalin(graphql::mount)).start(0)) {
            return call.run(server.port());
        }
    }

    private static HttpRequest.Builder request(int port, CallContext context) {
        HttpRequest.Builder request = HttpRequest.newBuilder();
        context.principal().ifPresent(principal -> request.header("Authorization", "Bearer " + principal.userId() + "|"
                + principal.organizationId() + "|" + String.join(",", principal.roles())));
        return request;
    }

    /**
     * Every output field; a paginated operation is a connection, so its items are {@code nodes} and
     * its next cursor {@code pageInfo.endCursor}.
     */
    private static String outputSelection(OperationSpec operation) {
        if (operation.pagination().isEmpty()) {
            return selection(operation.output());
        }
        Pagination pagination = operation.pagination().get();
        StringBuilder selection = new StringBuilder("{ pageInfo { endCursor }");
        for (Field field : operation.output().fields()) {
            if (field.name().equals(pagination.items())) {
                selection.append(" nodes ").append(selection((Model) field.type()));
            } else if (!field.name().equals(pagination.outputToken())) {
                selection.append(' ').append(field.name());
                if (field.type() instanceof Model nested && !nested.fields().isEmpty()) {
                    selection.append(' ').append(selection(nested));
                }
            }
        }
        return selection.append(" }").toString();
    }

    /** The contract's page from a connection: items from {@code nodes}, the next cursor from {@code pageInfo}. */
    private static JsonNode fromConnection(OperationSpec operation, JsonNode data) {
        if (operation.pagination().isEmpty()) {
            return data;
        }
        Pagination pagination = operation.pagination().get();
        ObjectNode page = ((ObjectNode) data).deepCopy();
        page.set(pagination.items(), page.remove("nodes"));
        JsonNode endCursor = page.remove("pageInfo").path("endCursor");
        if (endCursor.isTextual()) {
            page.set(pagination.outputToken(), endCursor);
        }
        return page;
    }

    /** Every field of the model, nested models included. */
    private static String selection(Model model) {
        StringBuilder selection = new StringBuilder("{");
        for (Field field : model.fields()) {
            selection.append(' ').append(field.name());
            if (field.type() instanceof Model nested && !nested.fields().isEmpty()) {
                selection.append(' ').append(selection(nested));
            }
        }
        return selection.append(" }").toString();
    }

    /** Enum wire values as GraphQL names, the other way round for the output. */
    private static JsonNode toGraphQl(Model model, JsonNode value) {
        return mapEnums(model, value.deepCopy(), true);
    }

    private static JsonNode toContract(Model model, JsonNode value) {
        return mapEnums(model, value.deepCopy(), false);
    }

    private static JsonNode mapEnums(Model model, JsonNode value, boolean toGraphQl) {
        if (!(value instanceof ObjectNode object)) {
            return value;
        }
        for (Field field : model.fields()) {
            JsonNode item = object.get(field.name());
            if (item == null || item.isNull()) {
                if (!toGraphQl && item != null && field.isOptional() && !field.isNullable()) {
                    object.remove(field.name());
                }
                continue;
            }
            if (field.type() instanceof EnumType type) {
                object.set(field.name(), field.isArray() ? mapAll(type, item, toGraphQl) : map(type, item, toGraphQl));
            } else if (field.type() instanceof Model nested) {
                if (field.isArray()) {
                    item.forEach(element -> mapEnums(nested, element, toGraphQl));
                } else {
                    mapEnums(nested, item, toGraphQl);
                }
            }
        }
        return object;
    }

    private static JsonNode mapAll(EnumType type, JsonNode items, boolean toGraphQl) {
        var array = JSON.createArrayNode();
        items.forEach(item -> array.add(map(type, item, toGraphQl)));
        return array;
    }

    private static JsonNode map(EnumType type, JsonNode value, boolean toGraphQl) {
        if (!value.isTextual()) {
            return value;
        }
        for (String wire : type.wireValues()) {
            String name = GraphQlSchemas.enumValueName(wire);
            if (toGraphQl ? wire.equals(value.textValue()) : name.equals(value.textValue())) {
                return JSON.getNodeFactory().textNode(toGraphQl ? name : wire);
            }
        }
        return value;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Map<String, String> outcomes() {
        return new java.util.concurrent.ConcurrentHashMap<>();
    }
}
