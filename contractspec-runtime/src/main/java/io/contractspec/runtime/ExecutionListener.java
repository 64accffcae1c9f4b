package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.internal.ComposedListener;
import java.util.List;

/**
 * Observes calls, like graphql-java's instrumentation: {@link #beginCall} and {@link #beginStage}
 * each take one parameter object (new inputs never break an implementation) and return the
 * callback that hears how the call or stage ended. Every hook has a no-op default, so an
 * implementation overrides only what it needs; {@link #compose} chains several.
 *
 * <p>Every stage is reported, including the ones that stop a call before the handler (401, 403,
 * 429, and 400/413/415 from reading the input); a plug-in that fails (an authorizer, a rate
 * limiter, a store) is reported on the stage it failed in. Hooks must not throw: failures are
 * logged and ignored. With no listener registered the executor creates none of these objects.
 */
@PublicApi
public interface ExecutionListener {

    ExecutionListener NONE = new ExecutionListener() {};

    /** Before the first stage; the returned callback runs after the last one, whatever the outcome. */
    default Completion<CallOutcome> beginCall(CallParameters call) {
        return Completion.none();
    }

    /** Before a stage; the returned callback hears whether it passed or with which problem it stopped the call. */
    default Completion<StageOutcome> beginStage(StageParameters stage) {
        return Completion.none();
    }

    static ExecutionListener compose(List<ExecutionListener> listeners) {
        List<ExecutionListener> all = List.copyOf(listeners);
        if (all.isEmpty()) {
            return NONE;
        }
        return all.size() == 1 ? all.get(0) : new ComposedListener(all);
    }
}
