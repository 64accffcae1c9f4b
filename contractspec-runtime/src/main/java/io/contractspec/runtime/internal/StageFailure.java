package io.contractspec.runtime.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.runtime.Stage;

/**
 * Stops the pipeline with a problem. Unchecked and stackless: it is control flow for the rare
 * failing call, and must cross the unit of work so the transaction rolls back.
 */
public final class StageFailure extends RuntimeException {

    private final transient Stage stage;
    private final transient Problem.Builder problem;

    public StageFailure(Stage stage, Problem.Builder problem) {
        super(null, null, false, false);
        this.stage = stage;
        this.problem = problem;
    }

    public Stage stage() {
        return stage;
    }

    /** The problem, finished with the call's trace id. */
    public Problem problem(String traceId) {
        return problem.traceId(traceId).build();
    }
}
