package io.contractspec.runtime;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.core.spec.AuthLevel.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.Contracts;
import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;

/** A small workflow-flavoured contract set shared by the executor tests, and assertion helpers. */
final class Fixtures {

    static final Model APPLICANT = Model.builder("Applicant")
            .required("name", Scalar.STRING)
            .required("email", Scalar.EMAIL_ADDRESS)
            .build();

    static final Model CONTACT = Model.builder("Contact")
            .required("email", Scalar.EMAIL_ADDRESS)
            .optional("label", Scalar.STRING)
            .build();

    static final Model START_INPUT = Model.builder("StartInput")
            .field(Field.required("name", Scalar.NON_EMPTY_STRING).maxLength(20))
            .field(Field.required("priority", Scalar.INT).minimum(1).maximum(5))
            .required("applicant", APPLICANT)
            .field(Field.optional("contacts", CONTACT).array())
            .optional("weight", Scalar.FLOAT)
            .build();

    static final Model INSTANCE = Model.builder("Instance")
            .required("id", Scalar.ID)
            .required("status", Scalar.STRING)
            .build();

    static final Model INSTANCE_REF = Model.builder("InstanceRef").required("id", Scalar.ID).build();

    static final EventSpec STARTED = event("workflow.instance.started", "1.0.0")
            .payload(Model.builder("InstanceStarted").required("id", Scalar.ID).required("name", Scalar.STRING).build())
            .build();

    static final EventSpec CANCELLED = event("workflow.instance.cancelled", "1.0.0").payload(INSTANCE_REF).build();

    /** A user command with every side effect: an event, an audit action, PII paths and a declared error. */
    static final OperationSpec START = command("workflow.instance.start", "1.0.0")
            .input(START_INPUT)
            .output(INSTANCE)
            .policy(auth(USER).pii("applicant.email", "contacts.email"))
            .error("INVALID_GRAPH", 422, "the workflow graph has a cycle")
            .emits(STARTED, "an instance starts")
            .audit("workflow.instance.started")
            .build();

    static final OperationSpec GET = query("workflow.instance.get", "1.0.0")
            .input(INSTANCE_REF)
            .output(INSTANCE)
            .audit("workflow.instance.read")
            .build();

    /** A valid input of {@link #START}. */
    static final String VALID_START = "{name: 'onboarding', priority: 2, applicant: {name: 'Ada', email: 'ada@example.com'}}";

    /** What the handlers of {@link #START} usually return. */
    static final String RUNNING = "{id: 'inst-1', status: 'running'}";

    private Fixtures() {}

    static JsonNode json(String relaxed) {
        return Contracts.json(relaxed);
    }

    static Principal alice() {
        return Principal.of("alice", "acme", "member");
    }

    static Principal bob() {
        return Principal.of("bob", "acme", "member");
    }

    static Principal carol() {
        return Principal.of("carol", "globex", "member");
    }

    /** The problem of a failed call, after checking it failed with the given status and code. */
    static Problem problemOf(CallResult result, int status, String code) {
        assertThat(result).isInstanceOf(CallResult.Failure.class);
        Problem problem = ((CallResult.Failure) result).problem();
        assertThat(problem.status()).as("status of %s", problem).isEqualTo(status);
        assertThat(problem.code()).as("code of %s", problem).isEqualTo(code);
        return problem;
    }

    /** The success of a call, after checking it succeeded. */
    static CallResult.Success successOf(CallResult result) {
        assertThat(result).as("%s", result).isInstanceOf(CallResult.Success.class);
        return (CallResult.Success) result;
    }
}
