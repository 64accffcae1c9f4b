package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened: meta, a payload model, the payload paths holding personal data and,
 * optionally, the partition key: the payload path (e.g. {@code instanceId}) whose value names the
 * thing the event is about. Events with the same value are kept in order when they leave through a
 * broker (the Kafka record key), so the key should name the aggregate, not the event.
 */
@PublicApi
public final class EventSpec implements Spec {

    private final SpecMeta meta;
    private final Model payload;
    private final List<String> pii;
    private final String partitionKey;
    private final SourceLocation source;

    private EventSpec(Builder builder) {
        this.meta = builder.buildMeta(SpecType.EVENT);
        String subject = builder.subject(SpecType.EVENT);
        if (builder.payload == null) {
            throw new IllegalArgumentException(subject + ": payload model is required");
        }
        this.payload = builder.payload;
        this.pii = List.copyOf(builder.pii);
        pii.forEach(path -> checkPath(subject, "pii", path));
        this.partitionKey = builder.partitionKey;
        if (partitionKey != null) {
            checkPath(subject, "partition key", partitionKey);
        }
        this.source = builder.sourceOrCaller();
    }

    public static Builder builder(String key, String version) {
        return new Builder(key, version);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(this);
        builder.payload = payload;
        builder.pii.addAll(pii);
        builder.partitionKey = partitionKey;
        return builder;
    }

    @Override
    public SpecMeta meta() {
        return meta;
    }

    @Override
    public SpecType specType() {
        return SpecType.EVENT;
    }

    @Override
    public SourceLocation source() {
        return source;
    }

    public Model payload() {
        return payload;
    }

    public List<String> pii() {
        return pii;
    }

    /** The payload path whose value is the event's partition key (dotted for nested fields), if declared. */
    public Optional<String> partitionKey() {
        return Optional.ofNullable(partitionKey);
    }

    private void checkPath(String subject, String what, String path) {
        Model model = payload;
        for (String name : path.split("\\.", -1)) {
            Optional<Field> field = model == null ? Optional.empty() : model.field(name);
            if (field.isEmpty()) {
                throw new IllegalArgumentException(subject + ": " + what + " path '" + path + "' does not resolve in the payload");
            }
            model = field.get().type() instanceof Model nested ? nested : null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSpec other
                && meta.equals(other.meta)
                && payload.equals(other.payload)
                && pii.equals(other.pii)
                && Objects.equals(partitionKey, other.partitionKey)
                && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meta, payload, pii, partitionKey);
    }

    @Override
    public String toString() {
        return "event " + meta;
    }

    public static final class Builder extends SpecBuilder<Builder, EventSpec> {
        private Model payload;
        private final List<String> pii = new ArrayList<>();
        private String partitionKey;

        private Builder(String key, String version) {
            super(key, version);
        }

        private Builder(EventSpec spec) {
            super(spec.meta(), spec.source());
        }

        public Builder payload(Model payload) {
            this.payload = Objects.requireNonNull(payload, "payload");
            return this;
        }

        public Builder pii(String... paths) {
            pii.addAll(Arrays.asList(paths));
            return this;
        }

        /**
         * Declares the payload path whose value keys the event on a broker ({@code "instanceId"}):
         * events with the same value keep their order. It must resolve in the payload.
         */
        public Builder partitionKey(String path) {
            this.partitionKey = Objects.requireNonNull(path, "path");
            return this;
        }

        @Override
        public EventSpec build() {
            return new EventSpec(this);
        }
    }
}
