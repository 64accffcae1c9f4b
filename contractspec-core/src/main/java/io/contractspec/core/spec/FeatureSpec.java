package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A user-facing feature: the operations and events it consists of, the capabilities it provides
 * and requires, and its documentation ids.
 */
@PublicApi
public final class FeatureSpec implements Spec {

    private final SpecMeta meta;
    private final List<SpecRef> operations;
    private final List<SpecRef> events;
    private final List<SpecRef> provides;
    private final List<SpecRef> requires;
    private final SourceLocation source;

    private FeatureSpec(Builder builder) {
        this.meta = builder.buildMeta(SpecType.FEATURE);
        String subject = builder.subject(SpecType.FEATURE);
        this.operations = distinct(builder.operations, subject, "operations");
        this.events = distinct(builder.events, subject, "events");
        this.provides = distinct(builder.provides, subject, "provides");
        this.requires = distinct(builder.requires, subject, "requires");
        this.source = builder.sourceOrCaller();
    }

    static List<SpecRef> distinct(List<SpecRef> refs, String subject, String field) {
        Set<SpecRef> seen = new HashSet<>();
        for (SpecRef ref : refs) {
            if (!seen.add(Objects.requireNonNull(ref, subject + ": " + field))) {
                throw new IllegalArgumentException(subject + ": " + field + " lists " + ref + " twice");
            }
        }
        return List.copyOf(refs);
    }

    public static Builder builder(String key, String version) {
        return new Builder(key, version);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(this);
        builder.operations.addAll(operations);
        builder.events.addAll(events);
        builder.provides.addAll(provides);
        builder.requires.addAll(requires);
        return builder;
    }

    @Override
    public SpecMeta meta() {
        return meta;
    }

    @Override
    public SpecType specType() {
        return SpecType.FEATURE;
    }

    @Override
    public SourceLocation source() {
        return source;
    }

    public List<SpecRef> operations() {
        return operations;
    }

    public List<SpecRef> events() {
        return events;
    }

    /** Capabilities this feature provides. */
    public List<SpecRef> provides() {
        return provides;
    }

    /** Capabilities this feature needs from elsewhere. */
    public List<SpecRef> requires() {
        return requires;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSpec other
                && meta.equals(other.meta)
                && operations.equals(other.operations)
                && events.equals(other.events)
                && provides.equals(other.provides)
                && requires.equals(other.requires)
                && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meta, operations, events, provides, requires);
    }

    @Override
    public String toString() {
        return "feature " + meta;
    }

    public static final class Builder extends SpecBuilder<Builder, FeatureSpec> {
        private final List<SpecRef> operations = new ArrayList<>();
        private final List<SpecRef> events = new ArrayList<>();
        private final List<SpecRef> provides = new ArrayList<>();
        private final List<SpecRef> requires = new ArrayList<>();

        private Builder(String key, String version) {
            super(key, version);
        }

        private Builder(FeatureSpec spec) {
            super(spec.meta(), spec.source());
        }

        public Builder operations(OperationSpec... specs) {
            return operationRefs(refs(specs));
        }

        public Builder operationRefs(Collection<SpecRef> refs) {
            operations.addAll(refs);
            return this;
        }

        public Builder events(EventSpec... specs) {
            return eventRefs(refs(specs));
        }

        public Builder eventRefs(Collection<SpecRef> refs) {
            events.addAll(refs);
            return this;
        }

        public Builder provides(SpecRef... capabilities) {
            provides.addAll(List.of(capabilities));
            return this;
        }

        public Builder requires(SpecRef... capabilities) {
            requires.addAll(List.of(capabilities));
            return this;
        }

        private static List<SpecRef> refs(Spec... specs) {
            return java.util.Arrays.stream(specs).map(spec -> Objects.requireNonNull(spec, "spec").ref()).toList();
        }

        @Override
        public FeatureSpec build() {
            return new FeatureSpec(this);
        }
    }
}
