package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import java.time.Duration;
import java.util.List;

/**
 * Observes calls. Every hook has a no-op default, so an implementation overrides only what it needs;
 * {@link #compose} chains several. Hooks must not throw (failures are logged and ignored).
 */
public interface ExecutionListener {

    ExecutionListener NONE = new ExecutionListener() {};

    /** Before the first stage. */
    default void callStarted(String operationKey, JsonNode input, CallContext context) {}

    /** A stage stopped the call with a problem. */
    default void stageFailed(Stage stage, Problem problem, CallContext context) {}

    /** After the last stage, whatever the outcome. */
    default void callCompleted(String operationKey, CallResult result, Duration duration, CallContext context) {}

    static ExecutionListener compose(List<ExecutionListener> listeners) {
        List<ExecutionListener> all = List.copyOf(listeners);
        if (all.isEmpty()) {
            return NONE;
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        return new ExecutionListener() {
            @Override
            public void callStarted(String operationKey, JsonNode input, CallContext context) {
                all.forEach(listener -> listener.callStarted(operationKey, input, context));
            }

            @Override
            public void stageFailed(Stage stage, Problem problem, CallContext context) {
                all.forEach(listener -> listener.stageFailed(stage, problem, context));
            }

            @Override
            public void callCompleted(String operationKey, CallResult result, Duration duration, CallContext context) {
                all.forEach(listener -> listener.callCompleted(operationKey, result, duration, context));
            }
        };
    }
}
