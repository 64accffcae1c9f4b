package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.rest.internal.OperationRoute;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an operation: the header or query value its route matches, path placeholders,
 * then (for GET, DELETE and HEAD routes) every other
 * input field as a query parameter, then bound headers and, for commands, {@code Idempotency-Key}.
 * Object-valued fields travel as JSON ({@code content: application/json}); arrays as repeated
 * parameters.
 */
final class Parameters {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Parameters() {}

    static ArrayNode of(OperationRoute route, Components components) {
        OperationSpec operation = route.operation();
        ArrayNode parameters = JSON.arrayNode();
        Model model = operation.input().orElse(null);
        route.match().ifPresent(match -> parameters.add(matched(match)));
        if (model != null) {
            for (String name : route.pathParameters()) {
                parameters.add(parameter(name, "path", operation, model, model.field(name).orElseThrow(), components));
            }
            for (Map.Entry<String, Field> query : queryParameters(route, model).entrySet()) {
                parameters.add(parameter(query.getKey(), "query", operation, model, query.getValue(), components));
            }
            for (ParameterBinding binding : operation.parameters()) {
                if (binding.in() == ParameterBinding.Location.HEADER) {
                    Field field = model.field(binding.field()).orElseThrow();
                    parameters.add(parameter(binding.name(), "header", operation, model, field, components));
                }
            }
        }
        if (operation.isCommand()) {
            parameters.add(idempotencyKey());
        }
        return parameters;
    }

    /** Fields that are sent outside the body: path placeholders and bound headers and query parameters. */
    static List<String> fieldsOutsideBody(OperationRoute route) {
        List<String> fields = new ArrayList<>(route.pathParameters());
        route.operation().parameters().stream()
                .filter(binding -> binding.in() != ParameterBinding.Location.PATH)
                .map(ParameterBinding::field)
                .forEach(fields::add);
        return fields;
    }

    private static Map<String, Field> queryParameters(OperationRoute route, Model model) {
        Map<String, Field> byName = new LinkedHashMap<>();
        if (route.inputFromQuery()) {
            Map<String, String> renamed = new LinkedHashMap<>();
            route.operation().parameters().stream()
                    .filter(binding -> binding.in() == ParameterBinding.Location.QUERY)
                    .forEach(binding -> renamed.put(binding.field(), binding.name()));
            for (Field field : model.fields()) {
                if (!route.pathParameters().contains(field.name())) {
                    byName.put(renamed.getOrDefault(field.name(), field.name()), field);
                }
            }
            return byName;
        }
        for (ParameterBinding binding : route.operation().parameters()) {
            if (binding.in() == ParameterBinding.Location.QUERY) {
                byName.put(binding.name(), model.field(binding.field()).orElseThrow());
            }
        }
        return byName;
    }

    private static ObjectNode parameter(String name, String in, OperationSpec operation, Model model, Field field,
            Components components) {
        ObjectNode parameter = JSON.objectNode().put("name", name).put("in", in);
        if (!field.description().isEmpty()) {
            parameter.put("description", field.description());
        }
        parameter.put("required", in.equals("path") || field.isRequired());
        ObjectNode schema = components.propertySchema(model, field.name());
        schema.remove("description");
        // The component notes defaults in its description; a parameter's default makes no field required.
        field.defaultValue().ifPresent(value -> schema.set("default", value.deepCopy()));
        ObjectNode examples = Examples.field(operation, field.name());
        if (travelsAsJson(field)) {
            ObjectNode media = parameter.putObject("content").putObject("application/json");
            media.set("schema", schema);
            if (examples != null) {
                media.set("examples", examples);
            }
            return parameter;
        }
        parameter.set("schema", schema);
        if (examples != null) {
            parameter.set("examples", examples);
        }
        return parameter;
    }

    private static boolean travelsAsJson(Field field) {
        JsonType kind = field.type().jsonType();
        return kind == JsonType.OBJECT || kind == JsonType.ANY;
    }

    /** The header or query value the route matches: required, with that one value. */
    private static ObjectNode matched(RestRoute.Match match) {
        ObjectNode parameter = JSON.objectNode().put("name", match.name()).put("in", match.in().wireName())
                .put("description", "Selects this operation among those served at this method and path.")
                .put("required", true);
        parameter.putObject("schema").put("type", "string").putArray("enum").add(match.value());
        return parameter;
    }

    private static ObjectNode idempotencyKey() {
        ObjectNode parameter = JSON.objectNode().put("name", "Idempotency-Key").put("in", "header")
                .put("description", "Makes a retry safe: a repeated call with the same key and input returns the"
                        + " first result; the same key with another input is a 409.")
                .put("required", false);
        parameter.putObject("schema").put("type", "string").put("minLength", 1).put("maxLength", 255)
                .put("pattern", "^[!-~]+$");
        return parameter;
    }
}
