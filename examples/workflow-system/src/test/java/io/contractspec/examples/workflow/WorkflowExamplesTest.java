package io.contractspec.examples.workflow;

import static io.contractspec.examples.workflow.Workflow.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import io.contractspec.schema.ValidationResult;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example must be runnable as written: a valid input, and an output or error the operation can give. */
class WorkflowExamplesTest {

    static Stream<Arguments> examples() {
        return REGISTRY.operations().stream()
                .flatMap(op -> op.examples().stream()
                        .map(example -> Arguments.of(op.key(), example.key(), op, example)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void inputIsValidUnlessTheExampleShowsAValidationFailure(
            String op, String key, OperationSpec spec, Example example) {
        Model input = spec.input().orElseThrow();
        ValidationResult result = input.validate(example.input());
        boolean showsValidationFailure = example.errorCode().filter("VALIDATION_FAILED"::equals).isPresent();
        assertThat(result.isValid()).as("%s input against %s: %s", key, input.name(), result.issues())
                .isEqualTo(!showsValidationFailure);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void expectedOutputIsASubsetOfTheOutputModel(String op, String key, OperationSpec spec, Example example) {
        example.output().ifPresent(output ->
                assertThat(PartialOutput.issues(spec.output(), output)).as(key).isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void failingExamplesUseADeclaredError(String op, String key, OperationSpec spec, Example example) {
        example.errorCode()
                .filter(code -> !code.equals("VALIDATION_FAILED"))
                .ifPresent(code -> assertThat(spec.error(code)).as("%s fails with %s", key, code).isPresent());
    }
}
