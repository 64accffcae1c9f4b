package io.contractspec.runtime.internal;

import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallOutcome;
import io.contractspec.runtime.CallParameters;
import io.contractspec.runtime.Completion;
import io.contractspec.runtime.ExecutionListener;
import io.contractspec.runtime.StageOutcome;
import io.contractspec.runtime.StageParameters;
import java.util.function.Supplier;

/** Keeps a listener's failure out of the call: what a hook or its callback throws is logged and ignored. */
public final class GuardedListener implements ExecutionListener {

    private static final System.Logger LOG = System.getLogger(GuardedListener.class.getName());

    private final ExecutionListener listener;

    public GuardedListener(ExecutionListener listener) {
        this.listener = listener;
    }

    @Override
    public Completion<CallOutcome> beginCall(CallParameters call) {
        Completion<CallOutcome> completion = guard(() -> listener.beginCall(call), "beginCall", call.context());
        return completion == null ? Completion.none()
                : outcome -> guard(() -> {
                    completion.completed(outcome);
                    return null;
                }, "the end of the call", call.context());
    }

    @Override
    public Completion<StageOutcome> beginStage(StageParameters stage) {
        CallContext context = stage.call().context();
        Completion<StageOutcome> completion = guard(() -> listener.beginStage(stage), "beginStage " + stage.stage(), context);
        return completion == null ? Completion.none()
                : outcome -> guard(() -> {
                    completion.completed(outcome);
                    return null;
                }, "the end of stage " + outcome.stage(), context);
    }

    private <T> T guard(Supplier<T> hook, String name, CallContext context) {
        try {
            return hook.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Listener " + listener.getClass().getName() + " failed in " + name
                    + " (trace " + context.traceId() + ")", e);
            return null;
        }
    }
}
