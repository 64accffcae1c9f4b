package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fixtures by example key. A key is the example key ({@code resume-normal}), or qualified by the
 * operation key ({@code workflow.instance.resume#resume-normal}) or key and version
 * ({@code workflow.instance.resume@1.0.0#resume-normal}) to tell apart examples of different
 * operations that share a key. The most specific key wins; a plain key serves every operation's
 * example of that key that has no qualified fixture.
 */
@PublicApi
public final class Fixtures {

    private static final Fixtures EMPTY = builder().build();

    private final Map<String, Fixture> byKey;

    private Fixtures(Builder builder) {
        this.byKey = Map.copyOf(builder.byKey);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Fixtures none() {
        return EMPTY;
    }

    /** The fixture of an example: by key@version#example, then key#example, then example. */
    public Optional<Fixture> find(OperationSpec operation, Example example) {
        for (String key : candidateKeys(operation, example)) {
            Fixture fixture = byKey.get(key);
            if (fixture != null) {
                return Optional.of(fixture);
            }
        }
        return Optional.empty();
    }

    /** The keys to register a fixture for this example under, most specific first. */
    static List<String> candidateKeys(OperationSpec operation, Example example) {
        return List.of(operation.ref() + "#" + example.key(), operation.key() + "#" + example.key(), example.key());
    }

    /** Registered keys that name no example of the registry (typos, removed examples), sorted. */
    List<String> unknownKeys(ContractRegistry registry) {
        return byKey.keySet().stream()
                .filter(key -> registry.operations().stream().noneMatch(operation -> operation.examples().stream()
                        .anyMatch(example -> candidateKeys(operation, example).contains(key))))
                .sorted()
                .toList();
    }

    public static final class Builder {
        private final Map<String, Fixture> byKey = new LinkedHashMap<>();

        private Builder() {}

        /** Registers the fixture of an example, by plain or qualified key. */
        public Builder forExample(String exampleKey, Fixture fixture) {
            Objects.requireNonNull(fixture, "fixture");
            checkKey(exampleKey);
            if (byKey.putIfAbsent(exampleKey, fixture) != null) {
                throw new IllegalArgumentException("a fixture for example '" + exampleKey + "' is already registered");
            }
            return this;
        }

        /** Registers the fixture of an example of one operation (any version). */
        public Builder forExample(String operationKey, String exampleKey, Fixture fixture) {
            return forExample(operationKey + "#" + exampleKey, fixture);
        }

        /** Marks examples that need no setup, so they run under {@link MissingFixture#FAIL}. */
        public Builder noSetup(String... exampleKeys) {
            for (String key : exampleKeys) {
                forExample(key, Fixture.NONE);
            }
            return this;
        }

        public Fixtures build() {
            return new Fixtures(this);
        }

        private static void checkKey(String key) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("fixture key must not be blank");
            }
            int hash = key.lastIndexOf('#');
            if (hash == key.length() - 1) {
                throw new IllegalArgumentException("fixture key '" + key + "' has no example key after '#'");
            }
            if (hash >= 0 && key.substring(0, hash).contains("@")) {
                SpecRef.parse(key.substring(0, hash));
            }
        }
    }
}
