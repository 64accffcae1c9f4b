package io.contractspec.core.snapshot;

import static io.contractspec.core.snapshot.SpecJson.NODES;
import static io.contractspec.core.snapshot.SpecJson.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Scenario;
import java.util.Optional;

/** An operation's acceptance criteria: scenarios and examples, in declaration order. */
final class AcceptanceJson {

    private AcceptanceJson() {}

    static ObjectNode write(OperationSpec operation, WriteCache cache) {
        ObjectNode json = NODES.objectNode();
        ArrayNode scenarios = json.putArray("scenarios");
        for (Scenario scenario : operation.scenarios()) {
            ObjectNode entry = scenarios.addObject().put("key", scenario.key());
            entry.set("given", strings(scenario.given()));
            entry.set("when", strings(scenario.when()));
            entry.set("then", strings(scenario.then()));
        }
        ArrayNode examples = json.putArray("examples");
        operation.examples().forEach(example -> examples.add(cache.example(example, AcceptanceJson::example)));
        return json;
    }

    private static ObjectNode example(Example example) {
        ObjectNode json = NODES.objectNode().put("key", example.key());
        json.set("input", example.input());
        example.output().ifPresent(output -> json.set("output", output));
        example.errorCode().ifPresent(code -> json.put("error", code));
        return json;
    }

    static void read(JsonCursor json, OperationBuilder operation) {
        for (JsonCursor scenario : json.objects("scenarios")) {
            String key = scenario.text("key");
            var given = scenario.strings("given");
            var when = scenario.strings("when");
            var then = scenario.strings("then");
            scenario.end();
            operation.scenario(scenario.build(() -> new Scenario(key, given, when, then)));
        }
        for (JsonCursor example : json.objects("examples")) {
            operation.example(example.once(example.cache().examples, AcceptanceJson::readExample));
        }
        json.end();
    }

    private static Example readExample(JsonCursor example) {
        String key = example.text("key");
        JsonNode input = example.value("input");
        Optional<JsonNode> output = example.optionalValue("output");
        Optional<String> error = example.optionalText("error");
        example.end();
        if (output.isPresent() == error.isPresent()) {
            throw example.fail("an example has either an 'output' or an 'error', " + (output.isPresent()
                    ? "not both"
                    : "found neither"));
        }
        return example.build(() -> output.isPresent()
                ? Example.succeeding(key, input, output.get())
                : Example.failing(key, input, error.get()));
    }
}
