package io.contractspec.runtime;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.runtime.Fixtures.INSTANCE;
import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.START_INPUT;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Listeners hear every call start and complete, and which stage stopped a failed one. */
class ExecutionListenerTest {

    /** Writes the call's start and end and each failed stage as one line, e.g. {@code failed AUTHORIZE FORBIDDEN}. */
    static final class Recorder implements ExecutionListener {
        final String name;
        final List<String> heard;

        Recorder(String name, List<String> heard) {
            this.name = name;
            this.heard = heard;
        }

        @Override
        public Completion<CallOutcome> beginCall(CallParameters call) {
            heard.add(name + "started " + call.operationKey());
            return outcome -> {
                assertThat(outcome.duration().isNegative()).isFalse();
                heard.add(name + "completed " + call.operationKey() + " " + outcome.result().status());
            };
        }

        @Override
        public Completion<StageOutcome> beginStage(StageParameters stage) {
            return outcome -> outcome.problem().ifPresent(problem ->
                    heard.add(name + "failed " + outcome.stage() + " " + problem.code()));
        }
    }

    /** Writes every stage's begin and end, e.g. {@code begin HANDLER} and {@code end HANDLER passed}. */
    static final class StageRecorder implements ExecutionListener {
        final List<String> heard;

        StageRecorder(List<String> heard) {
            this.heard = heard;
        }

        @Override
        public Completion<StageOutcome> beginStage(StageParameters stage) {
            heard.add("begin " + stage.stage());
            return outcome -> heard.add("end " + outcome.stage() + " "
                    + outcome.problem().map(Problem::code).orElse("passed"));
        }
    }

    private static final OperationSpec GUARDED = command("workflow.instance.guarded", "1.0.0")
            .input(START_INPUT).output(INSTANCE)
            .policy(auth(USER).roles("approver").rateLimit(RateLimit.perUser(1)))
            .build();

    private static final OperationSpec UNBOUND = command("workflow.instance.unbound", "1.0.0")
            .input(START_INPUT).output(INSTANCE).build();

    private final List<String> heard = new ArrayList<>();

    private Harness harness(ExecutionListener... listeners) {
        return new Harness(List.of(START, STARTED, GUARDED, UNBOUND), (handlers, h) -> {
            handlers.bind(START, (input, context) -> switch (input.get("name").asText()) {
                case "explode" -> throw new IllegalStateException("boom");
                case "bad-output" -> json("{id: 1}");
                default -> json(RUNNING);
            });
            handlers.bind(GUARDED, h.returning(RUNNING));
        }, builder -> List.of(listeners).forEach(builder::listener));
    }

    @Test
    void hearsASuccessfulCallStartAndComplete() {
        harness(new Recorder("", heard)).call(START.key(), VALID_START, alice());

        assertThat(heard).containsExactly("started workflow.instance.start", "completed workflow.instance.start 200");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unknown operation,     workflow.instance.nowhere, alice,     name: 'x',          RESOLVE,         NOT_FOUND",
        "anonymous caller,      workflow.instance.start,   ,          name: 'x',          AUTHENTICATE,    UNAUTHENTICATED",
        "missing role,          workflow.instance.guarded, alice,     name: 'x',          AUTHORIZE,       FORBIDDEN",
        "invalid input,         workflow.instance.start,   alice,     name: 7,            VALIDATE_INPUT,  VALIDATION_FAILED",
        "handler failure,       workflow.instance.start,   alice,     name: 'explode',    HANDLER,         INTERNAL_ERROR",
        "no handler,            workflow.instance.unbound, alice,     name: 'x',          HANDLER,         NOT_IMPLEMENTED",
        "invalid output,        workflow.instance.start,   alice,     name: 'bad-output', VALIDATE_OUTPUT, INTERNAL_ERROR",
    })
    void hearsWhichStageStoppedACall(String scenario, String key, String user, String name, Stage stage, String code) {
        Principal principal = user == null ? null : Principal.of(user, "acme");
        String input = "{" + name + ", priority: 1, applicant: {name: 'Ada', email: 'a@b.co'}}";

        CallResult result = harness(new Recorder("", heard)).call(key, input, principal);

        assertThat(heard).containsExactly("started " + key, "failed " + stage + " " + code, "completed " + key + " " + result.status());
    }

    @Test
    void hearsARateLimitAndAnIdempotencyConflict() {
        Harness harness = harness(new Recorder("", heard));
        CallContext approver = harness.context(Principal.of("alice", "acme", "approver")).idempotencyKey("k").build();
        harness.call(GUARDED.key(), VALID_START, approver);
        harness.call(START.key(), VALID_START, approver);
        heard.clear();

        harness.call(GUARDED.key(), VALID_START, approver);
        harness.call(START.key(), VALID_START.replace("priority: 2", "priority: 3"), approver);

        assertThat(heard).containsExactly(
                "started workflow.instance.guarded", "failed RATE_LIMIT RATE_LIMITED", "completed workflow.instance.guarded 429",
                "started workflow.instance.start", "failed IDEMPOTENCY CONFLICT", "completed workflow.instance.start 409");
    }

    @Test
    void hearsEveryStageBeginAndEndInOrder() {
        harness(new StageRecorder(heard)).call(START.key(), VALID_START,
                harnessContext().idempotencyKey("k-1").build());

        assertThat(heard).containsExactly(
                "begin RESOLVE", "end RESOLVE passed",
                "begin AUTHENTICATE", "end AUTHENTICATE passed",
                "begin AUTHORIZE", "end AUTHORIZE passed",
                "begin VALIDATE_INPUT", "end VALIDATE_INPUT passed",
                "begin IDEMPOTENCY", "end IDEMPOTENCY passed",
                "begin HANDLER", "end HANDLER passed",
                "begin VALIDATE_OUTPUT", "end VALIDATE_OUTPUT passed",
                "begin COMMIT", "end COMMIT passed");
    }

    @Test
    void hearsARateLimitThatLetsTheCallThroughEndAsPassed() {
        Harness harness = harness(new StageRecorder(heard));
        harness.call(GUARDED.key(), VALID_START, harness.context(Principal.of("alice", "acme", "approver")).build());

        assertThat(heard).containsSubsequence("end AUTHORIZE passed", "begin RATE_LIMIT", "end RATE_LIMIT passed",
                "begin VALIDATE_INPUT");
    }

    @Test
    void endsTheStageThatStoppedTheCallWithItsProblem() {
        harness(new StageRecorder(heard)).call(GUARDED.key(), VALID_START, alice());

        assertThat(heard).containsExactly(
                "begin RESOLVE", "end RESOLVE passed",
                "begin AUTHENTICATE", "end AUTHENTICATE passed",
                "begin AUTHORIZE", "end AUTHORIZE FORBIDDEN");
    }

    @Test
    void hearsTheParseStageOfInputTheSurfaceHandsOver() {
        Harness harness = harness(new StageRecorder(heard));

        CallResult result = harness.executor.execute(START.key(), null, CallInput.of(json(VALID_START)),
                harness.context(alice()).build());

        assertThat(successOf(result).output()).isEqualTo(json(RUNNING));
        assertThat(heard).containsSubsequence("end AUTHORIZE passed", "begin PARSE_INPUT", "end PARSE_INPUT passed",
                "begin VALIDATE_INPUT", "end VALIDATE_INPUT passed");
    }

    @Test
    void seesTheOperationInEveryStageOnceItIsResolved() {
        List<String> operations = new ArrayList<>();
        ExecutionListener listener = new ExecutionListener() {
            @Override
            public Completion<StageOutcome> beginStage(StageParameters stage) {
                operations.add(stage.stage() + " " + stage.operation().map(operation -> operation.ref().toString()).orElse("-"));
                return Completion.none();
            }
        };

        harness(listener).call(START.key(), VALID_START, alice());

        assertThat(operations).startsWith("RESOLVE -", "AUTHENTICATE workflow.instance.start@1.0.0")
                .endsWith("COMMIT workflow.instance.start@1.0.0")
                .filteredOn(heardStage -> !heardStage.startsWith("RESOLVE"))
                .allSatisfy(heardStage -> assertThat(heardStage).endsWith(" workflow.instance.start@1.0.0"));
    }

    private CallContext.Builder harnessContext() {
        return CallContext.builder().principal(alice()).traceId(Harness.TRACE).channel(Channel.TEST);
    }

    @Test
    void composesListenersInOrder() {
        harness(new Recorder("a:", heard), new Recorder("b:", heard)).call(START.key(), "{}", alice());

        assertThat(heard).containsExactly(
                "a:started workflow.instance.start", "b:started workflow.instance.start",
                "a:failed VALIDATE_INPUT VALIDATION_FAILED", "b:failed VALIDATE_INPUT VALIDATION_FAILED",
                "a:completed workflow.instance.start 422", "b:completed workflow.instance.start 422");
    }

    @Test
    void composesNothingIntoNoneAndOneIntoItself() {
        Recorder recorder = new Recorder("", heard);

        assertThat(ExecutionListener.compose(List.of())).isSameAs(ExecutionListener.NONE);
        assertThat(ExecutionListener.compose(List.of(recorder))).isSameAs(recorder);
    }

    @Test
    void ignoresAListenerThatThrows() {
        ExecutionListener broken = new ExecutionListener() {
            @Override
            public Completion<CallOutcome> beginCall(CallParameters call) {
                return outcome -> {
                    throw new IllegalStateException("listener bug");
                };
            }

            @Override
            public Completion<StageOutcome> beginStage(StageParameters stage) {
                throw new IllegalStateException("listener bug");
            }
        };
        Harness harness = harness(broken, new Recorder("", heard));

        CallResult result = harness.call(START.key(), VALID_START, alice());

        assertThat(result.isSuccess()).isTrue();
        assertThat(heard).containsExactly("started workflow.instance.start", "completed workflow.instance.start 200");
    }
}
