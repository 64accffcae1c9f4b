package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that every scenario of a registry is linked to a test with {@link Scenario}:
 *
 * <pre>{@code
 * @Test
 * void everyScenarioIsTested() {
 *     ScenarioCoverage.of(registry).scanPackage("com.example.workflow").assertAllCovered();
 * }
 * }</pre>
 *
 * A link names a scenario key, and an operation when several operation keys declare that
 * scenario. A link without a version covers the scenario in every version that declares it.
 */
@PublicApi
public final class ScenarioCoverage {

    private final ContractRegistry registry;

    private ScenarioCoverage(ContractRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public static ScenarioCoverage of(ContractRegistry registry) {
        return new ScenarioCoverage(registry);
    }

    /** The report for the given test classes (with their superclasses and nested classes). */
    public ScenarioReport scan(Class<?>... testClasses) {
        return scan(List.of(testClasses));
    }

    public ScenarioReport scan(Collection<Class<?>> testClasses) {
        ScenarioIndex index = new ScenarioIndex(registry);
        Map<ScenarioRef, List<String>> covered = new HashMap<>();
        List<ScenarioReport.LinkError> errors = new ArrayList<>();
        for (ScenarioLinks.Link link : ScenarioLinks.of(testClasses)) {
            ScenarioIndex.Resolution resolution = index.resolve(link.scenario(), link.operation());
            if (resolution.error() != null) {
                errors.add(new ScenarioReport.LinkError(link.test(), link.scenario(), link.operation(), resolution.error()));
            }
            resolution.scenarios().forEach(scenario ->
                    covered.computeIfAbsent(scenario, key -> new ArrayList<>()).add(link.test()));
        }
        List<ScenarioRef> uncovered = index.all().stream().filter(scenario -> !covered.containsKey(scenario)).toList();
        return new ScenarioReport(covered, uncovered, errors);
    }

    /** The report for the classes under a package in the test output directories ({@link TestClasses}). */
    public ScenarioReport scanPackage(String packageName) {
        return scan(TestClasses.inPackage(packageName));
    }
}
