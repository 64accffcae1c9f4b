package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which scenarios of a registry are linked to tests: the covered ones with their tests, the
 * uncovered ones, and link errors ({@link Scenario} annotations that point at no scenario). Every
 * list is in a stable order: scenarios by operation key, version and scenario key; tests and
 * errors by test name.
 */
@PublicApi
public final class ScenarioReport {

    /** A {@link Scenario} annotation that does not resolve to exactly one operation's scenario. */
    public record LinkError(String test, String scenario, String operation, String message) {

        @Override
        public String toString() {
            String target = operation.isEmpty() ? "\"" + scenario + "\""
                    : "value = \"" + scenario + "\", operation = \"" + operation + "\"";
            return test + ": @Scenario(" + target + "): " + message;
        }
    }

    private static final Comparator<LinkError> ERROR_ORDER = Comparator.comparing(LinkError::test)
            .thenComparing(LinkError::scenario).thenComparing(LinkError::operation);

    private final SortedMap<ScenarioRef, List<String>> covered;
    private final List<ScenarioRef> uncovered;
    private final List<LinkError> errors;

    ScenarioReport(Map<ScenarioRef, ? extends List<String>> covered, List<ScenarioRef> uncovered, List<LinkError> errors) {
        TreeMap<ScenarioRef, List<String>> sorted = new TreeMap<>();
        covered.forEach((scenario, tests) -> sorted.put(scenario, tests.stream().distinct().sorted().toList()));
        this.covered = Collections.unmodifiableSortedMap(sorted);
        this.uncovered = uncovered.stream().sorted().toList();
        this.errors = errors.stream().distinct().sorted(ERROR_ORDER).toList();
    }

    /** Each covered scenario with the tests that link to it. */
    public SortedMap<ScenarioRef, List<String>> covered() {
        return covered;
    }

    public List<ScenarioRef> uncovered() {
        return uncovered;
    }

    public List<LinkError> errors() {
        return errors;
    }

    /** Every scenario is linked to a test and every link resolves. */
    public boolean isComplete() {
        return uncovered.isEmpty() && errors.isEmpty();
    }

    /**
     * @throws AssertionError listing the uncovered scenarios and the link errors, unless
     *     {@link #isComplete()}
     */
    public void assertAllCovered() {
        if (!isComplete()) {
            throw new AssertionError(render());
        }
    }

    /** The report as text, one line per scenario or error, in the stable order. */
    public String render() {
        int total = covered.size() + uncovered.size();
        StringBuilder text = new StringBuilder("Scenario coverage: ")
                .append(covered.size()).append(" of ").append(total).append(" scenario(s) linked to tests, ")
                .append(errors.size()).append(" link error(s)\n");
        if (!covered.isEmpty()) {
            text.append("Covered:\n");
            covered.forEach((scenario, tests) ->
                    text.append("  ").append(scenario).append(" <- ").append(String.join(", ", tests)).append('\n'));
        }
        if (!uncovered.isEmpty()) {
            text.append("Uncovered:\n");
            uncovered.forEach(scenario -> text.append("  ").append(scenario).append('\n'));
        }
        if (!errors.isEmpty()) {
            text.append("Link errors:\n");
            errors.forEach(error -> text.append("  ").append(error).append('\n'));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
