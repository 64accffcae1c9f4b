package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a system can do, independent of how: its kind, the operations and events that provide
 * it and the other capabilities it requires.
 */
@PublicApi
public final class CapabilitySpec implements Spec {

    /** What sort of capability this is. */
    public enum Kind {
        API,
        EVENT,
        DATA,
        UI,
        INTEGRATION;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromWire(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    private final SpecMeta meta;
    private final Kind kind;
    private final List<SpecRef> provides;
    private final List<SpecRef> requires;
    private final SourceLocation source;

    private CapabilitySpec(Builder builder) {
        this.meta = builder.buildMeta(SpecType.CAPABILITY);
        String subject = builder.subject(SpecType.CAPABILITY);
        if (builder.kind == null) {
            throw new IllegalArgumentException(subject + ": kind is required");
        }
        this.kind = builder.kind;
        this.provides = FeatureSpec.distinct(builder.provides, subject, "provides");
        this.requires = FeatureSpec.distinct(builder.requires, subject, "requires");
        this.source = builder.sourceOrCaller();
    }

    public static Builder builder(String key, String version) {
        return new Builder(key, version);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(this).kind(kind);
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
        return SpecType.CAPABILITY;
    }

    @Override
    public SourceLocation source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    /** Operations and events that provide this capability. */
    public List<SpecRef> provides() {
        return provides;
    }

    /** Other capabilities this one needs. */
    public List<SpecRef> requires() {
        return requires;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapabilitySpec other
                && meta.equals(other.meta)
                && kind == other.kind
                && provides.equals(other.provides)
                && requires.equals(other.requires)
                && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meta, kind, provides, requires);
    }

    @Override
    public String toString() {
        return "capability " + meta;
    }

    public static final class Builder extends SpecBuilder<Builder, CapabilitySpec> {
        private Kind kind;
        private final List<SpecRef> provides = new ArrayList<>();
        private final List<SpecRef> requires = new ArrayList<>();

        private Builder(String key, String version) {
            super(key, version);
        }

        private Builder(CapabilitySpec spec) {
            super(spec.meta(), spec.source());
        }

        public Builder kind(Kind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        public Builder provides(Spec... specs) {
            for (Spec spec : specs) {
                provides.add(spec.ref());
            }
            return this;
        }

        public Builder provides(SpecRef... refs) {
            provides.addAll(List.of(refs));
            return this;
        }

        public Builder requires(SpecRef... capabilities) {
            requires.addAll(List.of(capabilities));
            return this;
        }

        @Override
        public CapabilitySpec build() {
            return new CapabilitySpec(this);
        }
    }
}
