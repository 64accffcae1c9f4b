package io.contractspec.core.spec;

import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.Fixtures.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scenarios and examples: what {@code build()} and the fluent setters reject. */
class OperationAcceptanceChecksTest {

    @Test
    void keepsScenarioSteps() {
        OperationSpec spec = Fixtures.operation()
                .scenario("submit-happy-path", given("An applicant", "A draft"), when("They submit"), then("It is submitted"))
                .build();

        assertThat(spec.scenarios())
                .containsExactly(new Scenario("submit-happy-path", List.of("An applicant", "A draft"),
                        List.of("They submit"), List.of("It is submitted")));
    }

    @Test
    void acceptsScenarioWithoutGiven() {
        assertThat(Fixtures.operation().scenario("bare", given(), when("x"), then("y")).build().scenarios()).hasSize(1);
    }

    @Test
    void rejectsScenarioWithoutThenNamingTheSpec() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().scenario("no-outcome", given("a"), when("b"), then()))
                .withMessage(OPERATION + "scenario no-outcome needs at least one 'when' and one 'then' step");
    }

    @Test
    void rejectsScenarioWithoutWhen() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().scenario("no-action", given("a"), when(), then("c")))
                .withMessageStartingWith(OPERATION + "scenario no-action needs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Happy", "happy path", "happy--path", "-happy", "happy-", "happy.path", "happy_path", ""})
    void rejectsMalformedScenarioKey(String key) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().scenario(key, given(), when("a"), then("b")))
                .withMessage(OPERATION + "scenario key '" + key + "' must be lower-case letters and digits joined by"
                        + " single hyphens, e.g. resume-normal");
    }

    @Test
    void rejectsDuplicateScenarioKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation()
                        .scenario("happy", given(), when("a"), then("b"))
                        .scenario("happy", given(), when("c"), then("d"))
                        .build())
                .withMessage(OPERATION + "scenarios: scenario key 'happy' is declared twice");
    }

    @Test
    void keepsSucceedingAndFailingExamples() {
        OperationSpec spec = Fixtures.operation()
                .example("submit-normal", json("{applicationId: 'a-1'}"), json("{status: 'submitted'}"))
                .exampleError("submit-closed", json("{applicationId: 'a-2'}"), "APPLICATION_CLOSED")
                .build();

        assertThat(spec.examples()).extracting(Example::key).containsExactly("submit-normal", "submit-closed");
        assertThat(spec.examples().get(0).output()).contains(json("{status: 'submitted'}"));
        assertThat(spec.examples().get(0).errorCode()).isEmpty();
        assertThat(spec.examples().get(1).output()).isEmpty();
        assertThat(spec.examples().get(1).errorCode()).contains("APPLICATION_CLOSED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Submit", "submit normal", "submit--normal", "submit_normal", ""})
    void rejectsMalformedExampleKeyNamingTheSpec(String key) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().example(key, json("{}"), json("{}")))
                .withMessageStartingWith(OPERATION + "example key '" + key + "' must be lower-case");
    }

    @Test
    void rejectsDuplicateExampleKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation()
                        .example("submit", json("{}"), json("{}"))
                        .exampleError("submit", json("{}"), "APPLICATION_CLOSED")
                        .build())
                .withMessage(OPERATION + "examples: example key 'submit' is declared twice");
    }

    @Test
    void rejectsExampleErrorCodeThatIsNotUpperSnakeCase() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().exampleError("closed", json("{}"), "closed"))
                .withMessage(OPERATION + "example closed: error code 'closed' must be UPPER_SNAKE_CASE");
    }
}
