package io.contractspec.examples.workflow.app;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.schema.ExactJson;
import io.contractspec.schema.Model;
import io.contractspec.schema.sample.GeneratedPayload;
import io.contractspec.schema.sample.PayloadGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * One generated request per call: an operation picked at random, a payload from the schema
 * module's generator (valid, or with one fault), real record ids swapped in half of the time, and
 * the request as a client sends it: path parameters in the URL, queries as {@code ?input=}, commands
 * as a JSON body. Bodies escape non-ASCII text, so lone surrogates travel as {@code \ud800}.
 */
final class GeneratedTraffic {

    /** What was sent, for the report of a failing request. */
    record Sent(OperationSpec operation, String method, String path, String body, GeneratedPayload payload) {}

    private static final ObjectMapper ESCAPING = ExactJson.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature())
            .build();

    private final List<OperationSpec> operations;
    private final PayloadGenerator generator = PayloadGenerator.of(new BoundarySamples());
    private final TrafficFixtures fixtures;

    GeneratedTraffic(List<OperationSpec> operations, TrafficFixtures fixtures) {
        this.operations = List.copyOf(operations);
        this.fixtures = fixtures;
    }

    Sent next(Random random) {
        OperationSpec operation = operations.get(random.nextInt(operations.size()));
        Model model = operation.input().orElseThrow();
        GeneratedPayload generated = generator.next(model, random);
        JsonNode payload = generated.payload();
        if (payload.isObject() && random.nextBoolean()) {
            swapInRealIds((ObjectNode) payload, random);
        }
        RestRoute route = operation.transport().rest().orElseThrow();
        String path = "/api" + route.path();
        for (String parameter : route.pathParameters()) {
            JsonNode value = payload.isObject() ? ((ObjectNode) payload).remove(parameter) : null;
            String text = value == null ? "missing" : value.isTextual() ? value.textValue() : value.toString();
            path = path.replace("{" + parameter + "}", URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String json = write(payload);
        if (route.method() == RestRoute.Method.GET) {
            return new Sent(operation, "GET", path + "?input=" + URLEncoder.encode(json, StandardCharsets.UTF_8), null,
                    generated);
        }
        return new Sent(operation, route.method().name(), path, json, generated);
    }

    private void swapInRealIds(ObjectNode payload, Random random) {
        for (String field : List.of("workflowId", "instanceId", "requestId", "workflowKey")) {
            String real = fixtures.realValue(field, random);
            if (payload.has(field) && real != null) {
                payload.put(field, real);
            }
        }
    }

    private static String write(JsonNode payload) {
        try {
            return ESCAPING.writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
