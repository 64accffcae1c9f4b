package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.ExecutionListener;
import io.contractspec.runtime.Stage;
import java.time.Duration;

/** Keeps a listener's failure out of the call: what a hook throws is logged and ignored. */
public final class GuardedListener implements ExecutionListener {

    private static final System.Logger LOG = System.getLogger(GuardedListener.class.getName());

    private final ExecutionListener listener;

    public GuardedListener(ExecutionListener listener) {
        this.listener = listener;
    }

    @Override
    public void callStarted(String operationKey, JsonNode input, CallContext context) {
        guard(() -> listener.callStarted(operationKey, input, context), "callStarted", context);
    }

    @Override
    public void stageFailed(Stage stage, Problem problem, CallContext context) {
        guard(() -> listener.stageFailed(stage, problem, context), "stageFailed", context);
    }

    @Override
    public void callCompleted(String operationKey, CallResult result, Duration duration, CallContext context) {
        guard(() -> listener.callCompleted(operationKey, result, duration, context), "callCompleted", context);
    }

    private void guard(Runnable hook, String name, CallContext context) {
        try {
            hook.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Listener " + listener.getClass().getName() + " failed in " + name
                    + " (trace " + context.traceId() + ")", e);
        }
    }
}
