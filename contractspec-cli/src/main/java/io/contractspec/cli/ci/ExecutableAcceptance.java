package io.contractspec.cli.ci;

import io.contractspec.cli.load.LoadException;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import io.contractspec.testing.AcceptanceRunner;
import io.contractspec.testing.MissingFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs every acceptance example through a real executor. The executor comes from a factory class
 * on the contracts' classpath with a public no-argument constructor, implementing
 * {@code Function<ContractRegistry, OperationExecutor>} (given the loaded registry) or
 * {@code Supplier<OperationExecutor>}; a fresh executor per example keeps examples independent.
 * Examples run without fixtures, so an example that needs prepared state belongs in the project's
 * own tests ({@code AcceptanceRunner} with fixtures), not here.
 */
final class ExecutableAcceptance {

    private ExecutableAcceptance() {}

    static List<Diagnostic> run(ContractRegistry registry, String factoryClass, ClassLoader loader) {
        Supplier<OperationExecutor> executors = executors(registry, factoryClass, loader);
        AcceptanceRunner runner = AcceptanceRunner.forRegistry(registry)
                .executor(executors)
                .missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE);
        List<Diagnostic> findings = new ArrayList<>();
        for (OperationSpec operation : registry.operations()) {
            for (Example example : operation.examples()) {
                try {
                    runner.verify(operation, example);
                } catch (AssertionError | Exception e) {
                    findings.add(Diagnostic.builder().severity(Severity.ERROR).id(CiRules.EXAMPLE_FAILED)
                            .subject(operation.ref().toString()).path("examples." + example.key())
                            .location(operation.source())
                            .message("example '" + example.key() + "' fails: " + firstLine(e)).build());
                }
            }
        }
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static Supplier<OperationExecutor> executors(ContractRegistry registry, String factoryClass, ClassLoader loader) {
        Object factory;
        try {
            factory = Class.forName(factoryClass, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new LoadException("executor factory '" + factoryClass + "' cannot be created: " + e, e);
        }
        if (factory instanceof Function<?, ?> function) {
            return () -> ((Function<ContractRegistry, OperationExecutor>) function).apply(registry);
        }
        if (factory instanceof Supplier<?> supplier) {
            return (Supplier<OperationExecutor>) supplier;
        }
        throw new LoadException("executor factory '" + factoryClass
                + "' must implement Function<ContractRegistry, OperationExecutor> or Supplier<OperationExecutor>");
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
