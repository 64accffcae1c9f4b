package io.contractspec.runtime;

/**
 * Work the application does on its own — a timer firing, an action step's outcome — run by
 * {@link OperationExecutor#runAsSystem(io.contractspec.core.spec.OperationSpec, CallContext,
 * com.fasterxml.jackson.databind.JsonNode, SystemWork)}
 * inside one unit of work, with the same emit guard, ids, audit and telemetry as a call.
 *
 * @param <T> what the work returns to its scheduler
 */
@FunctionalInterface
public interface SystemWork<T> {

    T run(HandlerContext context) throws Exception;
}
