package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.Problem;
import java.util.Objects;
import java.util.Optional;

/** How a stage ended: passed, or stopped the call with a problem. */
@PublicApi
public record StageOutcome(Stage stage, Optional<Problem> problem) {

    public StageOutcome {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(problem, "problem");
    }

    public boolean passed() {
        return problem.isEmpty();
    }
}
