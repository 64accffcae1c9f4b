package io.contractspec.runtime;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.core.Contracts.ref;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.runtime.Fixtures.INSTANCE;
import static io.contractspec.runtime.Fixtures.INSTANCE_REF;
import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.problemOf;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stages run in the documented order: resolve, authenticate, authorize, rate-limit, validate. */
class PipelineOrderTest {

    private static final String INVALID_START =
            "{name: 'a name far longer than twenty', priority: 9, applicant: {name: 'Ada'}, contacts: [{label: 'work'}], colour: 'red'}";

    private static final OperationSpec APPROVE = command("workflow.instance.approve", "1.0.0")
            .input(Fixtures.START_INPUT).output(INSTANCE)
            .policy(auth(USER).roles("approver"))
            .build();

    private static final OperationSpec LIMITED = command("workflow.instance.nudge", "1.0.0")
            .input(Fixtures.START_INPUT).output(INSTANCE)
            .policy(auth(USER).rateLimit(RateLimit.perUser(2)))
            .build();

    private static final OperationSpec UNBOUND = command("workflow.instance.archive", "1.0.0")
            .input(INSTANCE_REF).output(INSTANCE)
            .build();

    private static OperationSpec getVersion(String version, String status) {
        return query("workflow.instance.get", version).input(INSTANCE_REF).output(INSTANCE).description(status).build();
    }

    private final Harness harness = new Harness(
            List.of(START, STARTED, APPROVE, LIMITED, UNBOUND,
                    getVersion("1.2.0", "old"), getVersion("1.10.0", "new"), getVersion("1.9.3", "older")),
            (handlers, h) -> {
                handlers.bind(START, h.returning(RUNNING));
                handlers.bind(APPROVE, h.returning(RUNNING));
                handlers.bind(LIMITED, h.returning(RUNNING));
                for (String version : List.of("1.2.0", "1.9.3", "1.10.0")) {
                    handlers.bind(ref("workflow.instance.get", version),
                            (input, context) -> Fixtures.json("{id: 'inst-1', status: '" + version + "'}"));
                }
            });

    @Test
    void refusesAnAnonymousCallBeforeLookingAtItsInput() {
        Problem problem = problemOf(harness.call(START.key(), INVALID_START, (Principal) null), 401, "UNAUTHENTICATED");

        assertThat(problem.issues()).isEmpty();
        assertThat(harness.handlerRuns).hasValue(0);
    }

    @Test
    void reportsEveryInputIssueOfAnAuthenticatedCall() {
        Problem problem = problemOf(harness.call(START.key(), INVALID_START, alice()), 422, "VALIDATION_FAILED");

        assertThat(problem.issues()).extracting(Diagnostic::path, Diagnostic::code).containsExactlyInAnyOrder(
                tuple("name", "max_length"),
                tuple("priority", "maximum"),
                tuple("applicant.email", "required"),
                tuple("contacts[0].email", "required"),
                tuple("colour", "unknown_field"));
        assertThat(harness.handlerRuns).hasValue(0);
    }

    @Test
    void refusesAMissingRoleBeforeLookingAtTheInput() {
        problemOf(harness.call(APPROVE.key(), INVALID_START, alice()), 403, "FORBIDDEN");

        assertThat(harness.handlerRuns).hasValue(0);
    }

    @Test
    void rateLimitsBeforeValidating() {
        successOf(harness.call(LIMITED.key(), Fixtures.VALID_START, alice()));
        successOf(harness.call(LIMITED.key(), Fixtures.VALID_START, alice()));

        problemOf(harness.call(LIMITED.key(), INVALID_START, alice()), 429, "RATE_LIMITED");
    }

    @Test
    void answersNotFoundForAnUnknownOperation() {
        Problem problem = problemOf(harness.call("workflow.instance.teleport", "{}", alice()), 404, "NOT_FOUND");

        assertThat(problem.detail()).hasValue("No operation 'workflow.instance.teleport' exists.");
    }

    @Test
    void answersNotFoundForAnUnknownVersion() {
        CallResult result = harness.executor.execute(START.key(), "9.0.0", Fixtures.json(Fixtures.VALID_START),
                harness.context(alice()).build());

        assertThat(problemOf(result, 404, "NOT_FOUND").detail()).hasValue(
                "No operation 'workflow.instance.start' in version 9.0.0 exists.");
    }

    @Test
    void runsTheHighestSemverWhenNoVersionIsGiven() {
        CallResult latest = harness.call("workflow.instance.get", "{id: 'inst-1'}", alice());
        CallResult exact = harness.executor.execute("workflow.instance.get", "1.9.3", Fixtures.json("{id: 'inst-1'}"),
                harness.context(alice()).build());

        assertThat(successOf(latest).output().get("status").asText()).isEqualTo("1.10.0");
        assertThat(successOf(exact).output().get("status").asText()).isEqualTo("1.9.3");
    }

    @Test
    void answersNotImplementedForAnOperationWithoutHandler() {
        problemOf(harness.call(UNBOUND.key(), "{id: 'inst-1'}", alice()), 501, "NOT_IMPLEMENTED");
    }

    @Test
    void rejectsInputForAnOperationThatTakesNone() {
        OperationSpec ping = query("system.ping", "1.0.0").output(INSTANCE_REF).build();
        Harness pinged = new Harness(List.of(ping), (handlers, h) -> handlers.bind(ping, (input, context) -> Fixtures.json("{id: 'x'}")));

        successOf(pinged.call(ping.key(), null, alice()));
        successOf(pinged.call(ping.key(), "{}", alice()));
        problemOf(pinged.call(ping.key(), "{id: 'x'}", alice()), 422, "VALIDATION_FAILED");
    }

    @Test
    void answersWithTheSuccessStatusTheTraceAndTheOutput() {
        CallResult.Success success = successOf(harness.call(START.key(), Fixtures.VALID_START, alice()));

        assertThat(success.status()).isEqualTo(200);
        assertThat(success.traceId()).isEqualTo(Harness.TRACE);
        assertThat(success.output()).isEqualTo(Fixtures.json(RUNNING));
        assertThat(success.replayed()).isFalse();
    }
}
