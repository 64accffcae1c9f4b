package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns every example of every operation into a test that runs the example's input through the
 * full pipeline ({@link OperationExecutor#execute(String, String, com.fasterxml.jackson.databind.JsonNode,
 * io.contractspec.runtime.CallContext)} with the operation's exact key and version) and checks
 * the outcome: a succeeding example's output must be a {@linkplain JsonSubset subset} of the real
 * output and every published event must be declared and valid; a failing example must fail with
 * exactly its error code.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> examples() {
 *     return AcceptanceRunner.forRegistry(registry)
 *             .executor(() -> newApplication().executor())
 *             .fixtures(fixtures)
 *             .defaultPrincipal(Principal.of("u-1", "org-1", "employee"))
 *             .dynamicTests();
 * }
 * }</pre>
 *
 * Configure it, then call {@link #dynamicTests()}; the settings are frozen at that point. Each
 * example gets its own {@link io.contractspec.runtime.ManualClock}, starting at
 * {@link #DEFAULT_CLOCK_START} unless {@link #clockStart(Instant)} says otherwise.
 */
@PublicApi
public final class AcceptanceRunner {

    public static final Instant DEFAULT_CLOCK_START = Instant.parse("2025-01-01T00:00:00Z");

    private final ContractRegistry registry;
    private Supplier<OperationExecutor> executors;
    private Fixtures fixtures = Fixtures.none();
    private Principal principal;
    private Set<String> flags = Set.of();
    private Instant clockStart = DEFAULT_CLOCK_START;
    private MissingFixture missingFixture = MissingFixture.FAIL;
    private Predicate<OperationSpec> filter = operation -> true;
    private ExampleCaller caller = ExampleCaller.EXECUTOR;

    private AcceptanceRunner(ContractRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** A runner for the examples of every operation in the registry. */
    public static AcceptanceRunner forRegistry(ContractRegistry registry) {
        return new AcceptanceRunner(registry);
    }

    /** Runs every example on this executor (state carries over from one example to the next). */
    public AcceptanceRunner executor(OperationExecutor executor) {
        Objects.requireNonNull(executor, "executor");
        return executor(() -> executor);
    }

    /** Runs each example on an executor the supplier creates for it, for isolated state. */
    public AcceptanceRunner executor(Supplier<OperationExecutor> executors) {
        this.executors = Objects.requireNonNull(executors, "executors");
        return this;
    }

    public AcceptanceRunner fixtures(Fixtures fixtures) {
        this.fixtures = Objects.requireNonNull(fixtures, "fixtures");
        return this;
    }

    /** The principal of the default context; without one, examples run anonymously. */
    public AcceptanceRunner defaultPrincipal(Principal principal) {
        this.principal = Objects.requireNonNull(principal, "principal");
        return this;
    }

    /** The feature flags switched on in the default context. */
    public AcceptanceRunner defaultFlags(String... flags) {
        this.flags = Set.of(flags);
        return this;
    }

    /** Where each example's manual clock starts. */
    public AcceptanceRunner clockStart(Instant start) {
        this.clockStart = Objects.requireNonNull(start, "start");
        return this;
    }

    /** What to do with an example no fixture is registered for; {@link MissingFixture#FAIL} by default. */
    public AcceptanceRunner missingFixtures(MissingFixture policy) {
        this.missingFixture = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** Makes each example's call through a surface instead of straight through the executor. */
    public AcceptanceRunner caller(ExampleCaller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
        return this;
    }

    /** Runs only the examples of operations the filter accepts. */
    public AcceptanceRunner operations(Predicate<OperationSpec> filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
        return this;
    }

    /**
     * One container per operation that has examples (named {@code key@version}), holding one test
     * per example (named by its key), in registry order.
     *
     * @throws IllegalStateException when no executor was configured
     * @throws IllegalArgumentException when a fixture key names no example of the registry
     */
    public Stream<DynamicNode> dynamicTests() {
        ExampleCheck check = freeze();
        List<DynamicNode> containers = registry.operations().stream()
                .filter(filter)
                .filter(operation -> !operation.examples().isEmpty())
                .map(operation -> (DynamicNode) DynamicContainer.dynamicContainer(operation.ref().toString(),
                        operation.examples().stream().map(example -> test(check, operation, example))))
                .toList();
        return containers.stream();
    }

    /** Runs one example now, outside JUnit's dynamic tests; throws an {@link AssertionError} when it fails. */
    public void verify(OperationSpec operation, Example example) throws Exception {
        freeze().verify(operation, example);
    }

    private static DynamicTest test(ExampleCheck check, OperationSpec operation, Example example) {
        return DynamicTest.dynamicTest(example.key(), () -> check.verify(operation, example));
    }

    private ExampleCheck freeze() {
        if (executors == null) {
            throw new IllegalStateException("configure an executor (executor(...)) before running examples");
        }
        List<String> unknown = fixtures.unknownKeys(registry);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("fixtures registered for examples the registry does not have: " + unknown);
        }
        return new ExampleCheck(registry, executors, fixtures, principal, flags, clockStart, missingFixture, caller);
    }
}
