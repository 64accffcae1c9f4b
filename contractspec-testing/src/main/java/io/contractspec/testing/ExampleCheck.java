package io.contractspec.testing;

import static org.junit.jupiter.api.AssertionFailureBuilder.assertionFailure;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.contractspec.schema.ValidationResult;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Runs one example through the full pipeline and asserts its outcome; the runner's settings, frozen. */
record ExampleCheck(
        ContractRegistry registry,
        Supplier<OperationExecutor> executors,
        Fixtures fixtures,
        Principal principal,
        Set<String> flags,
        Instant clockStart,
        MissingFixture missingFixture,
        ExampleCaller caller) {

    void verify(OperationSpec operation, Example example) throws Exception {
        String subject = operation.ref() + "#" + example.key();
        OperationExecutor executor = executors.get();
        if (executor == null) {
            throw new IllegalStateException(subject + ": the executor supplier returned null");
        }
        ManualClock clock = new ManualClock(clockStart);
        CallContext defaults = CallContext.builder().principal(principal).flags(flags).clock(clock).build();
        ExampleRun run = new ExampleRun(operation, example, executor, clock, defaults);
        CallContext context = fixture(operation, example, subject).prepare(run);
        if (context == null) {
            throw new IllegalStateException(subject + ": the fixture returned no CallContext; return run.context() to keep the default");
        }
        CallResult result = caller.call(operation, example.input(), context, executor);
        if (example.errorCode().isPresent()) {
            expectFailure(subject, example.errorCode().get(), result);
        } else {
            expectSuccess(subject, operation, example.output().orElseThrow(), result, executor);
        }
    }

    private Fixture fixture(OperationSpec operation, Example example, String subject) {
        Optional<Fixture> fixture = fixtures.find(operation, example);
        if (fixture.isPresent() || missingFixture == MissingFixture.RUN_WITHOUT_FIXTURE) {
            return fixture.orElse(Fixture.NONE);
        }
        throw new AssertionError(subject + ": no fixture is registered for this example. Register one under '"
                + example.key() + "' or '" + operation.key() + "#" + example.key()
                + "' (Fixtures.builder().forExample(...)); use noSetup(\"" + example.key()
                + "\") if it needs none, or missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE) to allow running without.");
    }

    private static void expectFailure(String subject, String code, CallResult result) {
        if (result instanceof CallResult.Success success) {
            throw assertionFailure().message(subject)
                    .reason("expected the call to fail with " + code + " but it succeeded with " + success.output())
                    .expected(code).actual("success").includeValuesInMessage(false).build();
        }
        Problem problem = ((CallResult.Failure) result).problem();
        if (!problem.code().equals(code)) {
            throw assertionFailure().message(subject)
                    .reason("expected the call to fail with " + code + " but it failed with " + Outcomes.describe(problem))
                    .expected(code).actual(problem.code()).includeValuesInMessage(false).build();
        }
    }

    private void expectSuccess(String subject, OperationSpec operation, JsonNode expected, CallResult result,
            OperationExecutor executor) {
        if (result instanceof CallResult.Failure failure) {
            String hint = executor.registry().operation(operation.ref()).isEmpty()
                    ? " (the executor's registry does not hold " + operation.ref() + ")"
                    : "";
            throw new AssertionError(subject + ": expected the call to succeed but it failed with "
                    + Outcomes.describe(failure.problem()) + hint);
        }
        CallResult.Success success = (CallResult.Success) result;
        Optional<String> mismatch = JsonSubset.check(expected, success.output());
        if (mismatch.isPresent()) {
            throw assertionFailure().message(subject)
                    .reason("the output does not contain the example's output: " + mismatch.get()
                            + "\n  example output: " + expected + "\n  actual output:  " + success.output())
                    .expected(Outcomes.pretty(expected)).actual(Outcomes.pretty(success.output()))
                    .includeValuesInMessage(false).build();
        }
        success.events().forEach(event -> checkEvent(subject, operation, event));
    }

    private void checkEvent(String subject, OperationSpec operation, EventEnvelope event) {
        SpecRef ref = SpecRef.of(event.key(), event.version());
        if (!operation.declaresEvent(ref)) {
            throw new AssertionError(subject + ": the call published " + ref + ", which the operation does not declare"
                    + " (it declares " + operation.emits().stream().map(emitted -> emitted.event().toString()).toList() + ")");
        }
        EventSpec spec = registry.event(ref).orElseThrow(() ->
                new AssertionError(subject + ": the call published " + ref + ", which the registry does not hold"));
        ValidationResult validation = spec.payload().validate(event.payload());
        if (!validation.isValid()) {
            throw new AssertionError(subject + ": the payload of " + ref + " is invalid: " + validation.issues()
                    + "\n  payload: " + event.payload());
        }
    }
}
