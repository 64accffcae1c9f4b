package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.sample.ReadablePayloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values fields take in the registry's acceptance examples, by field name, first seen first:
 * when an example states only part of an output, a missing {@code workflowDefinitionId} is filled
 * with one another example used, which reads better than a made-up value.
 */
final class ExampleValues {

    private final Function<String, Optional<JsonNode>> byField;

    private ExampleValues(Function<String, Optional<JsonNode>> byField) {
        this.byField = byField;
    }

    static ExampleValues of(ContractRegistry registry) {
        List<JsonNode> documents = new ArrayList<>();
        for (OperationSpec operation : registry.operations()) {
            for (Example example : operation.examples()) {
                documents.add(example.input());
                example.output().ifPresent(documents::add);
            }
        }
        return new ExampleValues(ReadablePayloads.knownValues(documents));
    }

    Optional<JsonNode> of(String field) {
        return byField.apply(field);
    }
}
