package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.runtime.internal.HandlerFailures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a handler throws or returns becomes a problem document; nothing of a failed call is committed. */
class HandlerErrorsTest {

    private static final String SECRET = "password=hunter2 at db-7.internal";

    private Harness harnessWith(OperationHandler handler) {
        return new Harness(List.of(START, STARTED), (handlers, harness) -> handlers.bind(START, handler));
    }

    private Problem failWith(OperationHandler handler, int status, String code) {
        return problemOf(harnessWith(handler).call(START.key(), VALID_START, alice()), status, code);
    }

    @Test
    void answersADeclaredErrorWithItsDeclaredStatus() {
        Problem problem = failWith((input, context) -> {
            throw new ContractException("INVALID_GRAPH", "step 'b' leads back to step 'a'");
        }, 422, "INVALID_GRAPH");

        assertThat(problem.detail()).hasValue("step 'b' leads back to step 'a'");
        assertThat(problem.title()).isEqualTo("The workflow graph has a cycle");
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "invalid-graph");
    }

    @Test
    void answersAStandardCodeWithItsStandardStatus() {
        failWith((input, context) -> {
            throw new ContractException(StandardCode.NOT_FOUND, "no instance inst-9");
        }, 404, "NOT_FOUND");
        Problem conflict = failWith((input, context) -> {
            throw new ContractException(StandardCode.CONFLICT, "already running");
        }, 409, "CONFLICT");

        assertThat(conflict.title()).isEqualTo("Conflict");
        assertThat(conflict.detail()).hasValue("already running");
    }

    @Test
    void keepsTheIssuesAHandlerNamesSoTheCallerSeesWhichFieldWasWrong() {
        Problem problem = failWith((input, context) -> {
            throw new ContractException(StandardCode.VALIDATION_FAILED, "cursor: altered",
                    List.of(io.contractspec.schema.Diagnostic.issue("cursor_invalid", "cursor", "altered")));
        }, 422, "VALIDATION_FAILED");

        assertThat(problem.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.path()).isEqualTo("cursor");
            assertThat(issue.id()).isEqualTo("cursor_invalid");
        });
    }

    @Test
    void collapsesAnUndeclaredCustomCodeToInternalError() {
        Problem problem = failWith((input, context) -> {
            throw new ContractException("QUOTA_EXCEEDED", SECRET);
        }, 500, "INTERNAL_ERROR");

        assertThat(problem.metadata()).containsEntry("originalCode", TextNode.valueOf("QUOTA_EXCEEDED"));
        assertThat(problem.toJson().toString()).doesNotContain("hunter2");
    }

    @Test
    void leaksNothingOfAnUnexpectedException() {
        Problem problem = failWith((input, context) -> {
            throw new IllegalStateException(SECRET);
        }, 500, "INTERNAL_ERROR");

        assertThat(problem.detail()).hasValue("The operation failed on the server.");
        assertThat(problem.toJson().toString()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void failsAnInvalidOutputAndCommitsNothing() {
        Harness harness = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, (input, context) -> {
            context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
            return json("{id: 'inst-1', status: 7}");
        }));
        CallContext call = harness.context(alice()).idempotencyKey("key-1").build();

        Problem problem = problemOf(harness.call(START.key(), VALID_START, call), 500, "INTERNAL_ERROR");

        assertThat(problem.issues()).as("output issues stay in the log").isEmpty();
        assertThat(harness.auditRecords()).isEmpty();
        assertThat(harness.outbox.events()).isEmpty();
        assertThat(harness.delivered()).isEmpty();
        // No idempotency entry either: a retry runs the handler again (and fails again).
        problemOf(harness.call(START.key(), VALID_START, call), 500, "INTERNAL_ERROR");
    }

    @Test
    void logsWhatTheCallerIsNotToldWithTheTraceId() {
        try (CapturedLog executorLog = CapturedLog.of(OperationExecutor.class);
                CapturedLog failureLog = CapturedLog.of(HandlerFailures.class)) {
            failWith((input, context) -> json("{id: 'inst-1', status: 7}"), 500, "INTERNAL_ERROR");
            failWith((input, context) -> {
                throw new IllegalStateException(SECRET);
            }, 500, "INTERNAL_ERROR");

            assertThat(executorLog.text()).contains("SEVERE Handler of workflow.instance.start@1.0.0 returned an invalid output")
                    .contains("status: expected a string").contains(Harness.TRACE);
            assertThat(failureLog.text()).contains("(trace " + Harness.TRACE + ")").contains(SECRET);
        }
    }

    @Test
    void failsAHandlerThatReturnsNothing() {
        failWith((input, context) -> null, 500, "INTERNAL_ERROR");
    }

    @Test
    void carriesTheTraceIdOfTheContextInEveryProblem() {
        Harness harness = harnessWith((input, context) -> {
            throw new ContractException(StandardCode.CONFLICT, "already running");
        });

        List<CallResult> failures = List.of(
                harness.call(START.key(), VALID_START, alice()),
                harness.call(START.key(), "{}", alice()),
                harness.call(START.key(), VALID_START, (Principal) null),
                harness.call("no.such.operation", VALID_START, alice()));

        assertThat(failures).allSatisfy(result -> {
            assertThat(result.isSuccess()).isFalse();
            assertThat(result.traceId()).isEqualTo(Harness.TRACE);
            assertThat(((CallResult.Failure) result).problem().toJson().get("traceId").asText()).isEqualTo(Harness.TRACE);
        });
    }

    @Test
    void generatesATraceIdWhenTheSurfaceGaveNone() {
        Harness harness = harnessWith((input, context) -> json(RUNNING));
        CallResult result = harness.executor.execute(START.key(), json("{}"), CallContext.of(alice()));

        assertThat(result.traceId()).matches("[0-9a-f]{32}");
    }
}
