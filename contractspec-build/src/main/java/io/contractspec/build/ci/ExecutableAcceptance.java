package io.contractspec.build.ci;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import io.contractspec.testing.AcceptanceRunner;
import io.contractspec.testing.MissingFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs every acceptance example through a real executor from the project's
 * {@linkplain io.contractspec.build.load.ExecutorFactories factory class or handler modules}; a fresh executor per example keeps examples independent.
 * Examples run as user {@value #PRINCIPAL} of organization {@value #PRINCIPAL} with the given roles,
 * without fixtures, so an example that needs prepared state belongs in the project's
 * own tests ({@code AcceptanceRunner} with fixtures), not here.
 */
final class ExecutableAcceptance {

    /** The user and organization the examples run as. */
    static final String PRINCIPAL = "contractspec-ci";

    private ExecutableAcceptance() {}

    static List<Diagnostic> run(ContractRegistry registry, Supplier<OperationExecutor> executors, List<String> roles) {
        AcceptanceRunner runner = AcceptanceRunner.forRegistry(registry)
                .executor(executors)
                .defaultPrincipal(Principal.of(PRINCIPAL, PRINCIPAL, roles.toArray(String[]::new)))
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

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
