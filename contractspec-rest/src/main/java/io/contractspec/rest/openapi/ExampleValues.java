package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values fields take in the registry's acceptance examples, by field name, first seen first:
 * when an example states only part of an output, a missing {@code workflowDefinitionId} is filled
 * with one another example used, which reads better than a generated value.
 */
final class ExampleValues {

    private final Map<String, JsonNode> byField = new HashMap<>();

    private ExampleValues() {}

    static ExampleValues of(ContractRegistry registry) {
        ExampleValues values = new ExampleValues();
        for (OperationSpec operation : registry.operations()) {
            for (Example example : operation.examples()) {
                values.collect(example.input());
                example.output().ifPresent(values::collect);
            }
        }
        return values;
    }

    Optional<JsonNode> of(String field) {
        return Optional.ofNullable(byField.get(field)).map(JsonNode::deepCopy);
    }

    private void collect(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isNull()) {
                    byField.putIfAbsent(entry.getKey(), entry.getValue());
                }
                collect(entry.getValue());
            });
        } else if (node.isArray()) {
            node.forEach(this::collect);
        }
    }
}
