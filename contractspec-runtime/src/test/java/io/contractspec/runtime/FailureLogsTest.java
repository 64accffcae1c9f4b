package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.runtime.internal.GuardedListener;
import io.contractspec.runtime.internal.HandlerFailures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the caller is not told goes to the log, once, from the part that knows it: a handler's
 * failure is logged as the handler's (not as a broken pipeline), an undeclared error code names
 * itself, and a listener that throws is named.
 */
class FailureLogsTest {

    private static Harness harnessWith(OperationHandler handler) {
        return new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START, handler));
    }

    @Test
    void aHandlersUnexpectedExceptionIsLoggedAsTheHandlersNotAsAPipelineFailure() {
        Harness harness = harnessWith((input, context) -> {
            throw new IllegalStateException("disk full");
        });

        try (CapturedLog executorLog = CapturedLog.of(OperationExecutor.class);
                CapturedLog failureLog = CapturedLog.of(HandlerFailures.class)) {
            problemOf(harness.call(START.key(), VALID_START, alice()), 500, "INTERNAL_ERROR");

            assertThat(failureLog.text()).isEqualTo("SEVERE Handler of workflow.instance.start@1.0.0 failed (trace "
                    + Harness.TRACE + ")\njava.lang.IllegalStateException: disk full\n");
            assertThat(executorLog.text()).isEmpty();
        }
    }

    @Test
    void anUndeclaredErrorCodeIsLoggedWithItsCodeAndNotAsAPipelineFailure() {
        Harness harness = harnessWith((input, context) -> {
            throw new ContractException("QUOTA_EXCEEDED", "over quota");
        });

        try (CapturedLog executorLog = CapturedLog.of(OperationExecutor.class);
                CapturedLog failureLog = CapturedLog.of(HandlerFailures.class)) {
            problemOf(harness.call(START.key(), VALID_START, alice()), 500, "INTERNAL_ERROR");

            assertThat(failureLog.text()).startsWith("SEVERE Handler of workflow.instance.start@1.0.0 threw the"
                    + " undeclared code QUOTA_EXCEEDED (trace " + Harness.TRACE + ")");
            assertThat(executorLog.text()).isEmpty();
        }
    }

    @Test
    void aListenerThatThrowsIsLoggedByNameAndHook() {
        ExecutionListener broken = new ExecutionListener() {
            @Override
            public Completion<CallOutcome> beginCall(CallParameters call) {
                throw new IllegalStateException("listener bug");
            }
        };
        Harness harness = new Harness(List.of(START, STARTED),
                (handlers, h) -> handlers.bind(START, h.returning(Fixtures.RUNNING)), builder -> builder.listener(broken));

        try (CapturedLog listenerLog = CapturedLog.of(GuardedListener.class)) {
            harness.call(START.key(), VALID_START, alice());

            assertThat(listenerLog.text()).isEqualTo("WARNING Listener " + broken.getClass().getName()
                    + " failed in beginCall (trace " + Harness.TRACE + ")\njava.lang.IllegalStateException: listener bug\n");
        }
    }
}
