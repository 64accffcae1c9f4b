package io.contractspec.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.runtime.CallInput;
import io.contractspec.runtime.InputRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds the input of one route from a request, with everything decided at startup: which query
 * parameters, path segments and headers feed which fields, and how their text becomes JSON.
 *
 * <p>Query routes read typed query parameters (repeat a parameter for an array field, or give a
 * JSON array once for an array of objects) or a whole
 * JSON object in {@code ?input=}; typed parameters win over {@code input}. Unknown query parameters
 * are passed on, so validation rejects them like unknown body fields. Body routes read a JSON body
 * plus the explicitly bound query parameters. Path parameters and bound headers are set last: the
 * URL names the resource.
 *
 * <p>Public for the Spring Boot starter, which binds servlet requests the same way.
 */
public final class InputBinder {

    static final String INPUT_PARAMETER = "input";

    private record Target(String field, boolean array, TextCoercion coercion) {}

    private record Named(String name, Target target) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean fromQuery;
    /** The query parameter the route matches on (no input field), or null. */
    private final String matchedQuery;
    private final boolean takesInput;
    private final boolean inputParameter;
    private final Map<String, Target> query;
    private final List<Named> path;
    private final List<Named> headers;
    private final JsonCodec json;
    private final long maxBodyBytes;

    private InputBinder(OperationRoute route, JsonCodec json, long maxBodyBytes) {
        OperationSpec operation = route.operation();
        Model model = operation.input().orElse(null);
        this.fromQuery = route.inputFromQuery();
        this.matchedQuery = route.matchedQueryParameter().orElse(null);
        this.takesInput = model != null;
        this.inputParameter = model == null || model.field(INPUT_PARAMETER).isEmpty();
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.query = new HashMap<>();
        this.path = new ArrayList<>();
        this.headers = new ArrayList<>();
        if (model == null) {
            return;
        }
        if (fromQuery) {
            model.fields().forEach(field -> query.put(field.name(), target(field)));
        }
        route.pathParameters().forEach(name -> path.add(new Named(name, target(model.field(name).orElseThrow()))));
        for (ParameterBinding binding : operation.parameters()) {
            Target target = target(model.field(binding.field()).orElseThrow());
            switch (binding.in()) {
                case QUERY -> query.put(binding.name(), target);
                case HEADER -> headers.add(new Named(binding.name(), target));
                case PATH -> { /* bound through the route's placeholders */ }
            }
        }
    }

    public static InputBinder of(OperationRoute route, JsonCodec json, long maxBodyBytes) {
        return new InputBinder(route, json, maxBodyBytes);
    }

    private Target target(Field field) {
        return new Target(field.name(), field.isArray(), TextCoercion.forField(field, json));
    }

    /**
     * The request's input as the executor reads it in its PARSE_INPUT stage, after authentication:
     * a refused body (malformed, too large, not JSON, text no store can hold) becomes the call's
     * 400/413/415 problem there, heard by listeners and recorded on the span.
     */
    public CallInput callInput(HttpServletRequest request, UnaryOperator<String> pathParameters) {
        return () -> {
            try {
                JsonNode input = bind(request, pathParameters);
                StorableText.check(input);
                return input;
            } catch (Rejection rejection) {
                throw new InputRejectedException(rejection.code(), rejection.detail());
            }
        };
    }

    /**
     * The input of a servlet request whose path parameters {@code pathParameters} looks up by name:
     * an object, null for no input, or whatever non-object JSON was sent.
     *
     * @throws Rejection for a request the adapter refuses (malformed JSON or query, wrong media type, too large)
     */
    public JsonNode bind(HttpServletRequest request, UnaryOperator<String> pathParameters) {
        JsonNode base = fromQuery ? fromQueryString(request.getQueryString()) : fromBody(request);
        if (base != null && !base.isObject()) {
            return base;
        }
        ObjectNode input = (ObjectNode) base;
        for (Named parameter : path) {
            input = set(input, parameter.target(), List.of(pathParameters.apply(parameter.name())));
        }
        for (Named header : headers) {
            String value = request.getHeader(header.name());
            if (value != null) {
                input = set(input, header.target(), List.of(value));
            }
        }
        return input;
    }

    private JsonNode fromQueryString(String rawQuery) {
        if (inputParameter && rawQuery != null && rawQuery.contains(INPUT_PARAMETER + "=")) {
            Map<String, List<String>> parameters = QueryString.parse(rawQuery);
            if (parameters.containsKey(INPUT_PARAMETER)) {
                return withInputParameter(parameters);
            }
        }
        ObjectNode input = NODES.objectNode();
        QueryString.forEach(rawQuery, (name, value) -> {
            if (!name.equals(matchedQuery)) {
                add(input, targetOf(name), value);
            }
        });
        return input.isEmpty() && !takesInput ? null : input;
    }

    /** A whole object from {@code ?input=}, with the typed parameters set over it. */
    private JsonNode withInputParameter(Map<String, List<String>> parameters) {
        JsonNode parsed = parseInputParameter(parameters.get(INPUT_PARAMETER));
        if (!parsed.isObject()) {
            return parsed;
        }
        ObjectNode input = (ObjectNode) parsed;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!parameter.getKey().equals(INPUT_PARAMETER) && !parameter.getKey().equals(matchedQuery)) {
                set(input, targetOf(parameter.getKey()), parameter.getValue());
            }
        }
        return input;
    }

    /** The target of a query parameter; an unknown one is passed on as text, for validation to reject. */
    private Target targetOf(String name) {
        Target target = query.get(name);
        return target != null ? target : new Target(name, false, TextNode::valueOf);
    }

    /** Adds one value: the first sets the field, a repeat appends to an array field or makes a list to reject. */
    private static void add(ObjectNode input, Target target, String value) {
        JsonNode existing = input.get(target.field());
        if (existing == null) {
            set(input, target, List.of(value));
        } else if (target.array() && existing.isArray()) {
            ((ArrayNode) existing).add(target.coercion().coerce(value));
        } else {
            ArrayNode values = existing.isArray() ? (ArrayNode) existing : NODES.arrayNode().add(existing);
            input.set(target.field(), values.add(TextNode.valueOf(value)));
        }
    }

    private JsonNode parseInputParameter(List<String> values) {
        if (values.size() != 1) {
            throw new Rejection(StandardCode.BAD_REQUEST, "Give the query parameter 'input' at most once.");
        }
        try {
            return json.read(values.get(0));
        } catch (JsonCodec.MalformedJson e) {
            throw new Rejection(StandardCode.BAD_REQUEST, "The query parameter 'input' is not valid JSON.");
        }
    }

    private JsonNode fromBody(HttpServletRequest request) {
        JsonNode body = JsonBody.read(request, maxBodyBytes, json);
        if (body != null && !body.isObject()) {
            return body;
        }
        ObjectNode input = body != null ? (ObjectNode) body : takesInput ? NODES.objectNode() : null;
        if (query.isEmpty()) {
            return input;
        }
        for (Map.Entry<String, List<String>> parameter : QueryString.parse(request.getQueryString()).entrySet()) {
            Target target = query.get(parameter.getKey());
            if (target != null) {
                input = set(input, target, parameter.getValue());
            }
        }
        return input;
    }

    private static ObjectNode set(ObjectNode input, Target target, List<String> values) {
        ObjectNode into = input != null ? input : NODES.objectNode();
        if (target.array() && values.size() == 1 && values.get(0).trim().startsWith("[")) {
            JsonNode whole = target.coercion().coerce(values.get(0));
            if (whole.isArray()) {
                into.set(target.field(), whole);
                return into;
            }
        }
        if (target.array() || values.size() > 1) {
            ArrayNode array = into.putArray(target.field());
            TextCoercion items = target.array() ? target.coercion() : TextNode::valueOf;
            values.forEach(value -> array.add(items.coerce(value)));
        } else {
            into.set(target.field(), target.coercion().coerce(values.get(0)));
        }
        return into;
    }
}
