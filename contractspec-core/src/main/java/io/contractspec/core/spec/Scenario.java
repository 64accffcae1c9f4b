package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.List;

/** An acceptance scenario in given / when / then form, linked to tests by its key. */
@PublicApi
public record Scenario(String key, List<String> given, List<String> when, List<String> then) {

    /** The "given" steps; made by {@code Contracts.given(...)}. */
    public record Given(List<String> steps) {
        public Given {
            steps = List.copyOf(steps);
        }
    }

    /** The "when" steps. */
    public record When(List<String> steps) {
        public When {
            steps = List.copyOf(steps);
        }
    }

    /** The "then" steps. */
    public record Then(List<String> steps) {
        public Then {
            steps = List.copyOf(steps);
        }
    }

    public Scenario {
        if (!AcceptanceKeys.isValid(key)) {
            throw new IllegalArgumentException("scenario key '" + key + "' " + AcceptanceKeys.RULE);
        }
        given = List.copyOf(given);
        when = List.copyOf(when);
        then = List.copyOf(then);
        if (when.isEmpty() || then.isEmpty()) {
            throw new IllegalArgumentException("scenario " + key + " needs at least one 'when' and one 'then' step");
        }
    }
}
