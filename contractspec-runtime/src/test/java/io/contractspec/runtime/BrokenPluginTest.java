package io.contractspec.runtime;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.runtime.Fixtures.INSTANCE;
import static io.contractspec.runtime.Fixtures.INSTANCE_REF;
import static io.contractspec.runtime.Fixtures.alice;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.OperationSpec;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A plug-in that throws (here a flag provider) still ends the call with a problem, not an exception. */
class BrokenPluginTest {

    private static final OperationSpec FLAGGED = command("workflow.instance.archive", "1.0.0")
            .input(INSTANCE_REF).output(INSTANCE)
            .policy(auth(USER).flags("archiving"))
            .build();

    @Test
    void aThrowingFlagProviderEndsInAnInternalErrorProblemAndCompletesTheCall() {
        AtomicReference<CallResult> completed = new AtomicReference<>();
        Harness harness = new Harness(List.of(FLAGGED), (bindings, h) -> bindings.bind(FLAGGED, h.returning("{}")),
                builder -> builder
                        .flags((flag, context) -> {
                            throw new IllegalStateException("flag service down: secret-host:8080");
                        })
                        .listener(new ExecutionListener() {
                            @Override
                            public Completion<CallOutcome> beginCall(CallParameters call) {
                                return outcome -> completed.set(outcome.result());
                            }
                        }));

        CallResult result = harness.call("workflow.instance.archive", "{instanceId: 'inst-1'}", alice());

        Problem problem = ((CallResult.Failure) result).problem();
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(problem.detail()).get().asString().doesNotContain("secret-host");
        assertThat(problem.traceId()).contains(Harness.TRACE);
        assertThat(completed.get()).isSameAs(result);
        assertThat(harness.handlerRuns).hasValue(0);
    }
}
