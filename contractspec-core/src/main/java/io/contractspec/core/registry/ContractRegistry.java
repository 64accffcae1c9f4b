package io.contractspec.core.registry;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Semver;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import io.contractspec.core.spec.Stability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An immutable set of specs, versioned by key + version per spec type. Several versions of one key
 * coexist; "latest" is the highest semver of exactly that key. Iteration order is key, then semver.
 */
@PublicApi
public final class ContractRegistry {

    private static final Comparator<Spec> ORDER =
            Comparator.comparing(Spec::key).thenComparing(spec -> spec.meta().semver());

    private final Map<SpecType, Map<String, NavigableMap<Semver, Spec>>> byType;
    private final List<Spec> all;

    private ContractRegistry(Builder builder) {
        Map<SpecType, Map<String, NavigableMap<Semver, Spec>>> index = new EnumMap<>(SpecType.class);
        for (SpecType type : SpecType.values()) {
            index.put(type, new TreeMap<>());
        }
        List<Spec> specs = new ArrayList<>();
        for (Registration registration : builder.registrations) {
            Spec spec = registration.spec();
            NavigableMap<Semver, Spec> versions =
                    index.get(spec.specType()).computeIfAbsent(spec.key(), key -> new TreeMap<>());
            Spec previous = versions.putIfAbsent(spec.meta().semver(), spec);
            if (previous != null) {
                throw duplicate(previous, origin(builder, previous), registration);
            }
            specs.add(spec);
        }
        specs.sort(Comparator.comparing((Spec spec) -> spec.specType()).thenComparing(ORDER));
        this.byType = index;
        this.all = List.copyOf(specs);
    }

    private static IllegalArgumentException duplicate(Spec previous, String previousOrigin, Registration registration) {
        Spec spec = registration.spec();
        String buildMetadata = previous.version().equals(spec.version())
                ? ""
                : "; versions " + previous.version() + " and " + spec.version() + " differ only in build metadata";
        return new IllegalArgumentException("duplicate " + spec.specType().wireName() + " " + spec.ref()
                + " (registered by " + previousOrigin + " and " + registration.origin() + buildMetadata + ")");
    }

    private static String origin(Builder builder, Spec spec) {
        return builder.registrations.stream()
                .filter(registration -> registration.spec() == spec)
                .map(Registration::origin)
                .findFirst()
                .orElse("?");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A registry of every {@link ContractModule} the class loader's ServiceLoader finds. */
    public static ContractRegistry discover(ClassLoader classLoader) {
        Builder builder = builder();
        ServiceLoader.load(ContractModule.class, classLoader).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(ContractModule::name))
                .forEach(builder::module);
        return builder.build();
    }

    /** Every spec: operations, events, features, capabilities; each by key, then semver. */
    public List<Spec> all() {
        return all;
    }

    public List<OperationSpec> operations() {
        return ofType(SpecType.OPERATION, OperationSpec.class);
    }

    public List<EventSpec> events() {
        return ofType(SpecType.EVENT, EventSpec.class);
    }

    public List<FeatureSpec> features() {
        return ofType(SpecType.FEATURE, FeatureSpec.class);
    }

    public List<CapabilitySpec> capabilities() {
        return ofType(SpecType.CAPABILITY, CapabilitySpec.class);
    }

    /** The highest version of exactly this key. */
    public Optional<OperationSpec> operation(String key) {
        return latest(SpecType.OPERATION, key).map(OperationSpec.class::cast);
    }

    public Optional<OperationSpec> operation(String key, String version) {
        return exact(SpecType.OPERATION, key, version).map(OperationSpec.class::cast);
    }

    public Optional<OperationSpec> operation(SpecRef ref) {
        return operation(ref.key(), ref.version());
    }

    public Optional<EventSpec> event(String key) {
        return latest(SpecType.EVENT, key).map(EventSpec.class::cast);
    }

    public Optional<EventSpec> event(SpecRef ref) {
        return exact(SpecType.EVENT, ref.key(), ref.version()).map(EventSpec.class::cast);
    }

    public Optional<FeatureSpec> feature(SpecRef ref) {
        return exact(SpecType.FEATURE, ref.key(), ref.version()).map(FeatureSpec.class::cast);
    }

    public Optional<CapabilitySpec> capability(SpecRef ref) {
        return exact(SpecType.CAPABILITY, ref.key(), ref.version()).map(CapabilitySpec.class::cast);
    }

    /** The spec of a type at a key: the exact version, or the latest when version is null. */
    public Optional<Spec> find(SpecType type, String key, String version) {
        return version == null ? latest(type, key) : exact(type, key, version);
    }

    /** Every version of a key, lowest first. */
    public List<Spec> versions(SpecType type, String key) {
        NavigableMap<Semver, Spec> versions = byType.get(type).get(key);
        return versions == null ? List.of() : List.copyOf(versions.values());
    }

    public List<Spec> withTag(String tag) {
        return filter(spec -> spec.meta().tags().contains(tag));
    }

    public List<Spec> ownedBy(String owner) {
        return filter(spec -> spec.meta().owners().contains(owner));
    }

    public List<Spec> withStability(Stability stability) {
        return filter(spec -> spec.meta().stability() == stability);
    }

    public List<Spec> filter(Predicate<? super Spec> predicate) {
        return all.stream().filter(predicate).toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    private Optional<Spec> latest(SpecType type, String key) {
        NavigableMap<Semver, Spec> versions = byType.get(type).get(key);
        return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    private Optional<Spec> exact(SpecType type, String key, String version) {
        NavigableMap<Semver, Spec> versions = byType.get(type).get(key);
        if (versions == null || !Semver.isValid(version)) {
            return Optional.empty();
        }
        return Optional.ofNullable(versions.get(Semver.parse(version)));
    }

    private <T extends Spec> List<T> ofType(SpecType type, Class<T> javaType) {
        return all.stream().filter(spec -> spec.specType() == type).map(javaType::cast).toList();
    }

    /** A spec and where it came from: a module or direct registration, and its definition. */
    private record Registration(Spec spec, String registeredBy) {
        String origin() {
            return spec.source().isKnown() ? registeredBy + " at " + spec.source() : registeredBy;
        }
    }

    /** Collects specs; {@link #build()} rejects duplicates of one type, key and version. */
    public static final class Builder {
        private final List<Registration> registrations = new ArrayList<>();

        private Builder() {}

        public Builder register(Spec... specs) {
            for (Spec spec : specs) {
                registrations.add(new Registration(Objects.requireNonNull(spec, "spec"), "direct registration"));
            }
            return this;
        }

        public Builder registerAll(Iterable<? extends Spec> specs) {
            specs.forEach(this::register);
            return this;
        }

        public Builder module(ContractModule module) {
            for (Spec spec : module.specs()) {
                String origin = "module " + module.name();
                Objects.requireNonNull(spec, origin + " lists a null spec");
                registrations.add(new Registration(spec, origin));
            }
            return this;
        }

        public ContractRegistry build() {
            return new ContractRegistry(this);
        }
    }
}
