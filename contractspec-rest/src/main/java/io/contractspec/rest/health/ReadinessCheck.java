package io.contractspec.rest.health;

import io.contractspec.annotations.PublicApi;


/**
 * One condition the service needs before it takes traffic, e.g. "the database answers" or "the
 * migrations are applied". {@code /ready} runs every check and answers 200 only when all pass.
 * A check must not throw; it returns a failed result with a message safe to show to callers.
 */
@PublicApi
public interface ReadinessCheck {

    /** A short stable name, e.g. {@code database}. */
    String name();

    CheckResult check();

    /** A check from a name and a function. */
    static ReadinessCheck of(String name, java.util.function.Supplier<CheckResult> check) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CheckResult check() {
                return check.get();
            }
        };
    }
}
