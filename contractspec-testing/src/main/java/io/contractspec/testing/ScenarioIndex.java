package io.contractspec.testing;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Every scenario of a registry, and how a {@link Scenario} annotation resolves against them. */
final class ScenarioIndex {

    /** The scenarios a link names, or why it names none. */
    record Resolution(List<ScenarioRef> scenarios, String error) {

        static Resolution of(List<ScenarioRef> scenarios) {
            return new Resolution(scenarios, null);
        }

        static Resolution error(String message) {
            return new Resolution(List.of(), message);
        }
    }

    private final ContractRegistry registry;
    private final List<ScenarioRef> all;

    ScenarioIndex(ContractRegistry registry) {
        this.registry = registry;
        this.all = registry.operations().stream()
                .flatMap(operation -> operation.scenarios().stream()
                        .map(scenario -> new ScenarioRef(operation.ref(), scenario.key())))
                .sorted()
                .toList();
    }

    List<ScenarioRef> all() {
        return all;
    }

    /** Resolves a scenario key, optionally qualified by an operation key or {@code key@version}. */
    Resolution resolve(String scenario, String operation) {
        if (operation.isEmpty()) {
            return resolveAnywhere(scenario);
        }
        if (operation.contains("@")) {
            return resolveInVersion(scenario, operation);
        }
        if (registry.versions(SpecType.OPERATION, operation).isEmpty()) {
            return Resolution.error("no operation '" + operation + "' exists");
        }
        List<ScenarioRef> found = matching(scenario, ref -> ref.operation().key().equals(operation));
        return found.isEmpty()
                ? Resolution.error("operation " + operation + " declares no scenario '" + scenario + "'"
                        + hint(scenario, ref -> ref.operation().key().equals(operation)))
                : Resolution.of(found);
    }

    private Resolution resolveAnywhere(String scenario) {
        List<ScenarioRef> found = matching(scenario, ref -> true);
        if (found.isEmpty()) {
            return Resolution.error("no operation declares scenario '" + scenario + "'" + hint(scenario, ref -> true));
        }
        List<String> operations = found.stream().map(ref -> ref.operation().key()).distinct().toList();
        if (operations.size() > 1) {
            return Resolution.error("operations " + operations + " all declare scenario '" + scenario
                    + "'; name one with operation = \"...\"");
        }
        return Resolution.of(found);
    }

    private Resolution resolveInVersion(String scenario, String operation) {
        SpecRef ref;
        try {
            ref = SpecRef.parse(operation);
        } catch (IllegalArgumentException e) {
            return Resolution.error("'" + operation + "' is not an operation key or key@version: " + e.getMessage());
        }
        if (registry.operation(ref).isEmpty()) {
            return Resolution.error("no operation " + ref + " exists");
        }
        List<ScenarioRef> found = matching(scenario, candidate -> candidate.operation().equals(ref));
        return found.isEmpty()
                ? Resolution.error("operation " + ref + " declares no scenario '" + scenario + "'"
                        + hint(scenario, candidate -> candidate.operation().equals(ref)))
                : Resolution.of(found);
    }

    private List<ScenarioRef> matching(String scenario, Predicate<ScenarioRef> where) {
        return all.stream().filter(ref -> ref.scenario().equals(scenario)).filter(where).toList();
    }

    /**
     * Helps with a link that names no scenario in scope: where the key is declared instead, or
     * else the closest key in scope within two edits (a likely typo).
     */
    private String hint(String scenario, Predicate<ScenarioRef> scope) {
        List<String> elsewhere = matching(scenario, scope.negate()).stream()
                .map(ref -> ref.operation().toString()).toList();
        if (!elsewhere.isEmpty()) {
            return " (it is declared by " + String.join(", ", elsewhere) + ")";
        }
        Optional<String> closest = all.stream().filter(scope).map(ScenarioRef::scenario).distinct()
                .filter(key -> editDistance(key, scenario) <= 2)
                .min(Comparator.comparingInt((String key) -> editDistance(key, scenario)).thenComparing(key -> key));
        return closest.map(key -> " (did you mean '" + key + "'?)").orElse("");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
