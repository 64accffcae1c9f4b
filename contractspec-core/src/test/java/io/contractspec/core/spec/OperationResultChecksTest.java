package io.contractspec.core.spec;

import static io.contractspec.core.spec.Fixtures.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.contractspec.core.Contracts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Output, declared errors and side effects: what {@code build()} and the fluent setters reject. */
class OperationResultChecksTest {

    @Test
    void rejectsOperationWithoutOutput() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.query("loan.application.submit", "1.0.0").input(Fixtures.INPUT).build())
                .withMessage(OPERATION + "output: an operation must declare an output model");
    }

    @Test
    void buildsOperationWithoutInput() {
        OperationSpec spec = Contracts.query("loan.application.list", "1.0.0").output(Fixtures.OUTPUT).build();

        assertThat(spec.input()).isEmpty();
        assertThat(spec.isCommand()).isFalse();
        assertThat(spec.kind()).isEqualTo(OperationKind.QUERY);
        assertThat(spec.successStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 199, 300, 404, 500})
    void rejectsSuccessStatusOutside2xx(int status) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().successStatus(status).build())
                .withMessage(OPERATION + "successStatus: " + status + " is not a 2xx status");
    }

    @Test
    void keepsDeclaredErrorsInOrderAndFindsThemByCode() {
        OperationSpec spec = Fixtures.operation()
                .error("APPLICATION_CLOSED", 409, "The application is closed")
                .error("NOT_FOUND", 404, "No such application")
                .build();

        assertThat(spec.errors()).extracting(ErrorSpec::code).containsExactly("APPLICATION_CLOSED", "NOT_FOUND");
        assertThat(spec.error("APPLICATION_CLOSED")).contains(new ErrorSpec("APPLICATION_CLOSED", 409, "The application is closed"));
        assertThat(spec.error("GONE")).isEmpty();
    }

    @Test
    void rejectsDuplicateErrorCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation()
                        .error("APPLICATION_CLOSED", 409, "closed")
                        .error("APPLICATION_CLOSED", 410, "gone")
                        .build())
                .withMessage(OPERATION + "errors: error code 'APPLICATION_CLOSED' is declared twice");
    }

    @Test
    void rejectsStandardCodeDeclaredWithAnotherStatus() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().error("NOT_FOUND", 400, "missing").build())
                .withMessage(OPERATION + "errors: NOT_FOUND is a standard code with status 404, declared with 400");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad", "Not_Found", "NOT-FOUND", "_NOT_FOUND", "NOT__FOUND", "NOT_FOUND_", "1_CODE", "", "ÄRGER"})
    void rejectsErrorCodeThatIsNotUpperSnakeCaseWhenDeclaredNamingTheSpec(String code) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().error(code, 409, "x"))
                .withMessage(OPERATION + "error code '" + code + "' must be UPPER_SNAKE_CASE");
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204, 301, 399, 600, 0})
    void rejectsErrorStatusOutside4xxAnd5xxNamingTheSpec(int status) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().error("APPLICATION_CLOSED", status, "x"))
                .withMessage(OPERATION + "error APPLICATION_CLOSED: status " + status + " is not a 4xx/5xx status");
    }

    @Test
    void namesTheSpecWhenASetterRejectsAValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().error("bad", 200, "x"))
                .withMessageStartingWith(OPERATION + "error code 'bad'");
    }

    @Test
    void recordsEmittedEventsByReference() {
        EventSpec submitted = Fixtures.event().build();
        OperationSpec spec = Fixtures.operation().emits(submitted, "Always").build();

        assertThat(spec.emits()).containsExactly(new EmittedEvent(submitted.ref(), "Always"));
        assertThat(spec.declaresEvent(SpecRef.of("loan.application.submitted", "1.0.0"))).isTrue();
        assertThat(spec.declaresEvent(SpecRef.of("loan.application.submitted", "2.0.0"))).isFalse();
    }

    @Test
    void rejectsTheSameEventEmittedTwice() {
        EventSpec submitted = Fixtures.event().build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation()
                        .emits(submitted, "On success")
                        .emits(SpecRef.of("loan.application.submitted", "1.0.0"), "Again")
                        .build())
                .withMessage(OPERATION + "emits: event 'loan.application.submitted@1.0.0' is declared twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Loan.Submitted", "loan..submitted", "loan submitted", "", ".loan"})
    void rejectsMalformedAuditAction(String action) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().audit("loan.application.submitted", action).build())
                .withMessage(OPERATION + "audit: action '" + action + "' must be a dotted key like workflow.instance.resumed");
    }

    @Test
    void rejectsDuplicateAuditAction() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().audit("loan.submitted", "loan.submitted").build())
                .withMessage(OPERATION + "audit: action 'loan.submitted' is declared twice");
    }

    @Test
    void rejectsAuditActionThatIsMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().audit((String) null).build())
                .withMessageStartingWith(OPERATION + "audit: action 'null'");
    }
}
