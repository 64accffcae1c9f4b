package io.contractspec.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.Example;
import io.contractspec.schema.Model;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document's examples as acceptance examples: the request body's and the parameters' examples
 * of one name form an input, the success response's example of that name (or its only one) the
 * expected output. An example whose input or output does not validate against its model is
 * reported and left out: an acceptance example is a call that succeeds, and its output a whole
 * valid answer (documents exported from it show it as is).
 */
final class ExampleMapper {

    private static final String SINGLE = "example";
    /** Longer examples would strain a Java string constant (64 KB) and the reader; they are left out. */
    private static final int MAX_JSON_CHARS = 8_000;

    private final ImportProblems problems;
    private final Refs refs;

    ExampleMapper(ImportProblems problems, Refs refs) {
        this.problems = problems;
        this.refs = refs;
    }

    /**
     * @param parameterFields "in:name" of each parameter → the input field it became
     * @param success the success response, if any
     */
    List<Example> examples(Operation operation, List<Parameter> parameters, Map<String, String> parameterFields,
            Model input, Model output, ApiResponse success, String pointer) {
        Map<String, ObjectNode> inputs = new LinkedHashMap<>();
        RequestBody body = operation.getRequestBody() == null ? null : refs.body(operation.getRequestBody());
        named(body == null ? Optional.<MediaType>empty() : jsonMedia(body.getContent())).forEach((name, value) -> {
            if (value.isObject()) {
                inputs.computeIfAbsent(name, key -> Json.mapper().createObjectNode()).setAll((ObjectNode) value);
            }
        });
        for (Parameter parameter : parameters) {
            String field = parameterFields.get(parameter.getIn() + ":" + parameter.getName());
            if (field != null) {
                named(parameter.getExample(), parameter.getExamples()).forEach((name, value) ->
                        inputs.computeIfAbsent(name, key -> Json.mapper().createObjectNode()).set(field, value));
            }
        }
        Map<String, JsonNode> outputs = named(success == null ? Optional.<MediaType>empty() : jsonMedia(success.getContent()));
        if (inputs.isEmpty() && outputs.isEmpty()) {
            return List.of();
        }
        if (inputs.isEmpty() && input == null) {
            outputs.keySet().forEach(name -> inputs.put(name, Json.mapper().createObjectNode()));
        }
        List<Example> examples = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        inputs.forEach((name, value) -> {
            String key = key(name, examples.size());
            if (!keys.add(key)) {
                return;
            }
            if (input != null && !input.validate(value).isValid()) {
                problems.note(pointer, "example-input", "example '" + name + "' is left out: its input does not"
                        + " validate against " + input.name() + " (" + input.validate(value).issues().get(0) + ")");
                return;
            }
            JsonNode expected = outputs.containsKey(name) ? outputs.get(name)
                    : outputs.size() == 1 ? outputs.values().iterator().next() : null;
            if (expected == null || !output.validate(expected).isValid()) {
                problems.note(pointer, "example-output", "example '" + name + "' is left out: "
                        + (expected == null ? "no response example goes with it" : "its response does not validate"
                        + " against " + output.name() + " (" + output.validate(expected).issues().get(0) + ")"));
                return;
            }
            if (value.toString().length() + expected.toString().length() > MAX_JSON_CHARS) {
                problems.note(pointer, "example-size", "example '" + name + "' is left out: longer than "
                        + MAX_JSON_CHARS + " characters of JSON");
                return;
            }
            examples.add(Example.succeeding(key, value, expected));
        });
        return examples;
    }

    private static String key(String name, int index) {
        String key = Identifiers.keySegment(name);
        return key.isEmpty() ? "example-" + (index + 1) : key;
    }

    private static Optional<MediaType> jsonMedia(Content content) {
        if (content == null) {
            return Optional.empty();
        }
        return content.entrySet().stream().filter(entry -> entry.getKey().contains("json") && entry.getValue() != null)
                .map(Map.Entry::getValue).findFirst();
    }

    private Map<String, JsonNode> named(Optional<MediaType> media) {
        return media.map(value -> named(value.getExample(), value.getExamples())).orElseGet(LinkedHashMap::new);
    }

    /** Name → value of {@code examples}, or the single {@code example} under "example". */
    private Map<String, JsonNode> named(Object single, Map<String, io.swagger.v3.oas.models.examples.Example> many) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (many != null) {
            many.forEach((name, example) -> {
                io.swagger.v3.oas.models.examples.Example resolved = refs.example(example);
                if (resolved != null && resolved.getValue() != null) {
                    values.put(name, Json.mapper().valueToTree(resolved.getValue()));
                }
            });
        }
        if (values.isEmpty() && single != null) {
            values.put(SINGLE, Json.mapper().valueToTree(single));
        }
        return values;
    }
}
