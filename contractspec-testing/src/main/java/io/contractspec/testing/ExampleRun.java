package io.contractspec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.OperationExecutor;
import java.util.Objects;

/**
 * What a {@link Fixture} sees while it prepares one example: the operation and example, the
 * executor the example will run on, the example's own manual clock and the default context.
 */
@PublicApi
public final class ExampleRun {

    private final OperationSpec operation;
    private final Example example;
    private final OperationExecutor executor;
    private final ManualClock clock;
    private final CallContext context;

    ExampleRun(OperationSpec operation, Example example, OperationExecutor executor, ManualClock clock, CallContext context) {
        this.operation = operation;
        this.example = example;
        this.executor = executor;
        this.clock = clock;
        this.context = context;
    }

    public OperationSpec operation() {
        return operation;
    }

    public Example example() {
        return example;
    }

    /** The executor the example runs on; fixtures may call other operations through it. */
    public OperationExecutor executor() {
        return executor;
    }

    /** This example's clock; the default context runs on it, so advancing it moves the call's time. */
    public ManualClock clock() {
        return clock;
    }

    /** The context the example runs with unless the fixture returns another one. */
    public CallContext context() {
        return context;
    }

    /**
     * Runs the latest version of another operation with the default context, for seeding state
     * through the real pipeline, and returns its output.
     *
     * @throws IllegalStateException when that call fails, with its problem
     */
    public JsonNode call(String operationKey, JsonNode input) {
        return call(operationKey, input, context);
    }

    /** Like {@link #call(String, JsonNode)}, with the given context. */
    public JsonNode call(String operationKey, JsonNode input, CallContext callContext) {
        Objects.requireNonNull(callContext, "callContext");
        CallResult result = executor.execute(operationKey, input, callContext);
        if (result instanceof CallResult.Failure failure) {
            throw new IllegalStateException("fixture for " + operation.ref() + "#" + example.key() + ": calling "
                    + operationKey + " failed with " + Outcomes.describe(failure.problem()));
        }
        return ((CallResult.Success) result).output();
    }
}
