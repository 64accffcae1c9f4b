package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.CallContext;

/**
 * Prepares one example: seeds the state it needs (through {@link ExampleRun#executor()} or the
 * application's own stores) and returns the context the example runs with, usually
 * {@link ExampleRun#context()} as is or with another principal, flags or idempotency key.
 *
 * <pre>{@code
 * fixtures.forExample("workflow.instance.resume#resume-normal", run -> {
 *     run.call("workflow.instance.pause", json("{instanceId: 'inst-456'}"));
 *     return run.context().toBuilder().principal(admin).build();
 * });
 * }</pre>
 */
@FunctionalInterface
@PublicApi
public interface Fixture {

    /** Registered for an example that needs no setup, so a missing fixture is never an accident. */
    Fixture NONE = ExampleRun::context;

    CallContext prepare(ExampleRun run) throws Exception;

    /** A fixture that only prepares state; the example runs with the default context. */
    static Fixture setUp(Setup setup) {
        return run -> {
            setup.run(run);
            return run.context();
        };
    }

    /** Prepares state for an example; may throw. */
    @FunctionalInterface
    interface Setup {
        void run(ExampleRun run) throws Exception;
    }
}
