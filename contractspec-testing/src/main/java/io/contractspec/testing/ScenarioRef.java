package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.SpecRef;
import java.util.Comparator;
import java.util.Objects;

/** One scenario of one operation version, written {@code key@version#scenario}. */
@PublicApi
public record ScenarioRef(SpecRef operation, String scenario) implements Comparable<ScenarioRef> {

    private static final Comparator<ScenarioRef> ORDER =
            Comparator.comparing(ScenarioRef::operation).thenComparing(ScenarioRef::scenario);

    public ScenarioRef {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(scenario, "scenario");
    }

    /** Operation key, then semver, then scenario key. */
    @Override
    public int compareTo(ScenarioRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return operation + "#" + scenario;
    }
}
