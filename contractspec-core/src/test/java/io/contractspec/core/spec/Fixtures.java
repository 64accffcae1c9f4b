package io.contractspec.core.spec;

import io.contractspec.core.Contracts;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;

/** Models and half-built specs shared by the spec tests. */
final class Fixtures {

    static final String OPERATION = "operation loan.application.submit@1.0.0: ";

    static final Model APPLICANT = Model.builder("Applicant")
            .required("name", Scalar.STRING)
            .required("email", Scalar.EMAIL_ADDRESS)
            .build();

    static final Model INPUT = Model.builder("SubmitInput")
            .required("applicationId", Scalar.ID)
            .optional("channel", Scalar.STRING)
            .optional("tenant", Scalar.STRING)
            .field(Field.optional("labels", Scalar.STRING).array())
            .required("applicant", APPLICANT)
            .build();

    static final Model OUTPUT = Model.builder("Application")
            .required("id", Scalar.ID)
            .required("status", Scalar.STRING)
            .build();

    private Fixtures() {}

    /** A valid command with input and output; tests add the mistake they are about. */
    static OperationBuilder operation() {
        return Contracts.command("loan.application.submit", "1.0.0").input(INPUT).output(OUTPUT);
    }

    static EventSpec.Builder event() {
        return Contracts.event("loan.application.submitted", "1.0.0").payload(OUTPUT);
    }
}
