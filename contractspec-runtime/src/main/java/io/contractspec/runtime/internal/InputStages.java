package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallInput;
import io.contractspec.runtime.InputRejectedException;
import io.contractspec.runtime.Stage;
import io.contractspec.schema.ValidationResult;

/** The input stages: read what the surface handed over (400/413/415), then validate it against the contract (422). */
public final class InputStages {

    private InputStages() {}

    /** Stage PARSE_INPUT. */
    public static JsonNode parse(CallInput input) {
        try {
            return input.read();
        } catch (InputRejectedException rejected) {
            throw new StageFailure(Stage.PARSE_INPUT, Problem.of(rejected.code()).detail(rejected.detail()));
        }
    }

    /** Stage VALIDATE_INPUT: the input as the handler will get it. */
    public static JsonNode validate(OperationSpec operation, JsonNode input) {
        if (operation.input().isEmpty()) {
            boolean empty = input == null || input.isNull() || input.isMissingNode() || input.isObject() && input.isEmpty();
            if (!empty) {
                throw new StageFailure(Stage.VALIDATE_INPUT, Problem.of(StandardCode.VALIDATION_FAILED)
                        .detail("This operation takes no input."));
            }
            return NullNode.getInstance();
        }
        ValidationResult result = operation.input().get().validate(input);
        if (!result.isValid()) {
            throw new StageFailure(Stage.VALIDATE_INPUT, Problem.of(StandardCode.VALIDATION_FAILED)
                    .detail("The input has " + result.issues().size() + " problem(s).")
                    .issues(result.issues()));
        }
        return operation.input().get().withDefaults(input); // handlers read declared defaults, never restate them
    }
}
