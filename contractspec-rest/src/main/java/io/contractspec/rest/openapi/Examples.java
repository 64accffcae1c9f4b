package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import java.util.List;
import java.util.Optional;

/**
 * OpenAPI example objects from an operation's acceptance examples. Only values that are valid
 * against the schema they illustrate are used: request examples from valid inputs, success
 * examples from outputs, completed where an example states only part of one, error
 * examples as the problem document the failing example produces.
 */
final class Examples {

    /** A fixed, well-formed trace id for example problem documents. */
    static final String EXAMPLE_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Examples() {}

    /** Valid inputs, each without the given fields (sent elsewhere); null when there are none. */
    static ObjectNode inputs(OperationSpec operation, List<String> without) {
        ObjectNode examples = JSON.objectNode();
        Model model = operation.input().orElse(null);
        for (Example example : operation.examples()) {
            JsonNode input = example.input();
            if (model != null && input.isObject() && model.validate(input).isValid()) {
                without.forEach(((ObjectNode) input)::remove);
                examples.putObject(example.key()).set("value", input);
            }
        }
        return examples.isEmpty() ? null : examples;
    }

    /** The values one input field takes in the valid examples; null when it takes none. */
    static ObjectNode field(OperationSpec operation, String field) {
        ObjectNode examples = JSON.objectNode();
        Model model = operation.input().orElse(null);
        for (Example example : operation.examples()) {
            JsonNode input = example.input();
            if (model != null && input.has(field) && model.validate(input).isValid()) {
                examples.putObject(example.key()).set("value", input.get(field));
            }
        }
        return examples.isEmpty() ? null : examples;
    }

    /**
     * Outputs of the succeeding examples, each a whole valid output: an example that states only
     * part of the output (what its acceptance test checks) is {@linkplain CompleteOutputs completed}.
     * Null when there are none.
     */
    static ObjectNode outputs(OperationSpec operation, ExampleValues borrowed) {
        ObjectNode examples = JSON.objectNode();
        for (Example example : operation.examples()) {
            example.output()
                    .flatMap(output -> operation.output().validate(output).isValid()
                            ? Optional.of(output)
                            : CompleteOutputs.complete(operation.output(), output, example.key(), borrowed))
                    .ifPresent(output -> examples.putObject(example.key()).set("value", output));
        }
        return examples.isEmpty() ? null : examples;
    }

    /** Problem documents of the failing examples that end with this status; null when there are none. */
    static ObjectNode problems(OperationSpec operation, int status) {
        ObjectNode examples = JSON.objectNode();
        for (Example example : operation.examples()) {
            Optional<String> code = example.errorCode();
            if (code.isPresent() && statusOf(operation, code.get()) == status) {
                examples.putObject(example.key())
                        .put("summary", "Fails with " + code.get())
                        .set("value", problem(operation, example, code.get()).toJson());
            }
        }
        return examples.isEmpty() ? null : examples;
    }

    static int statusOf(OperationSpec operation, String code) {
        return operation.error(code).map(ErrorSpec::status)
                .or(() -> StandardCode.byCode(code).map(StandardCode::status))
                .orElse(StandardCode.INTERNAL_ERROR.status());
    }

    private static Problem problem(OperationSpec operation, Example example, String code) {
        Optional<StandardCode> standard = StandardCode.byCode(code);
        Problem.Builder builder = standard.map(Problem::of).orElseGet(() -> Problem.of(code, statusOf(operation, code)));
        if (standard.orElse(null) == StandardCode.VALIDATION_FAILED && operation.input().isPresent()) {
            var issues = operation.input().get().validate(example.input()).issues();
            builder.issues(issues).detail("The input has " + issues.size() + " problem(s).");
        } else {
            operation.error(code).map(ErrorSpec::when).filter(when -> !when.isEmpty()).ifPresent(builder::detail);
        }
        return builder.traceId(EXAMPLE_TRACE_ID).build();
    }
}
