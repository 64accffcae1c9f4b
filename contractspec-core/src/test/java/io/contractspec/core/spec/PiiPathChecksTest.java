package io.contractspec.core.spec;

import static io.contractspec.core.spec.Fixtures.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.contractspec.core.Contracts;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** PII paths must resolve: in an operation's input, in an event's payload. */
class PiiPathChecksTest {

    private static final Model SUBMITTED = Model.builder("Submitted")
            .required("applicationId", Scalar.ID)
            .required("applicant", Fixtures.APPLICANT)
            .build();

    @Test
    void acceptsTopLevelAndNestedInputPaths() {
        OperationSpec spec = Fixtures.operation()
                .policy(Contracts.auth(AuthLevel.USER).pii("applicant.email", "applicant", "tenant"))
                .build();

        assertThat(spec.policy().pii()).containsExactly("applicant.email", "applicant", "tenant");
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "applicant.phone", "applicant..email", "applicant.", ".applicant", "", "tenant.name"})
    void rejectsInputPathThatDoesNotResolve(String path) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().policy(Contracts.auth(AuthLevel.USER).pii(path)).build())
                .withMessageStartingWith(OPERATION + "policy.pii: path '" + path + "' does not resolve in the input model");
    }

    @Test
    void namesTheSegmentThatDoesNotResolve() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().policy(Contracts.auth(AuthLevel.USER).pii("applicant.phone")).build())
                .withMessageEndingWith("('phone' is unknown)");
    }

    @Test
    void rejectsPiiPathWhenTheOperationHasNoInput() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.query("loan.application.submit", "1.0.0")
                        .output(Fixtures.OUTPUT)
                        .policy(Contracts.auth(AuthLevel.USER).pii("applicant"))
                        .build())
                .withMessageStartingWith(OPERATION + "policy.pii: path 'applicant' does not resolve");
    }

    @Test
    void acceptsNestedEventPayloadPaths() {
        EventSpec event = Contracts.event("loan.application.submitted", "1.0.0")
                .payload(SUBMITTED)
                .pii("applicant.email", "applicant.name")
                .build();

        assertThat(event.pii()).containsExactly("applicant.email", "applicant.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "applicant.phone", "applicationId.value", ""})
    void rejectsEventPayloadPathThatDoesNotResolve(String path) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.event("loan.application.submitted", "1.0.0").payload(SUBMITTED).pii(path).build())
                .withMessageStartingWith("event loan.application.submitted@1.0.0: pii path '" + path + "' does not resolve");
    }
}
