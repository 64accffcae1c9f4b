package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.internal.CallerLocation;
import io.contractspec.schema.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The metadata part shared by every spec builder. {@code B} is the concrete builder (for fluent
 * chaining), {@code S} the spec it builds.
 */
@PublicApi
public abstract class SpecBuilder<B extends SpecBuilder<B, S>, S extends Spec> {

    String key;
    String version;
    String description = "";
    Stability stability = Stability.EXPERIMENTAL;
    final List<String> owners = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final List<String> docIds = new ArrayList<>();
    String title;
    String domain;
    SourceLocation source;

    SpecBuilder(String key, String version) {
        this.key = key;
        this.version = version;
    }

    SpecBuilder(SpecMeta meta, SourceLocation source) {
        this(meta.key(), meta.version());
        this.description = meta.description();
        this.stability = meta.stability();
        this.owners.addAll(meta.owners());
        this.tags.addAll(meta.tags());
        this.docIds.addAll(meta.docIds());
        this.title = meta.title().orElse(null);
        this.domain = meta.domain().orElse(null);
        this.source = source;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    public B version(String version) {
        this.version = version;
        return self();
    }

    public B description(String description) {
        this.description = Objects.requireNonNull(description, "description");
        return self();
    }

    public B stability(Stability stability) {
        this.stability = Objects.requireNonNull(stability, "stability");
        return self();
    }

    public B owners(String... owners) {
        this.owners.addAll(Arrays.asList(owners));
        return self();
    }

    public B tags(String... tags) {
        this.tags.addAll(Arrays.asList(tags));
        return self();
    }

    public B docIds(String... docIds) {
        this.docIds.addAll(Arrays.asList(docIds));
        return self();
    }

    public B title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return self();
    }

    public B domain(String domain) {
        this.domain = Objects.requireNonNull(domain, "domain");
        return self();
    }

    /** Sets the definition's location explicitly; by default {@code build()} records its caller. */
    public B source(SourceLocation source) {
        this.source = Objects.requireNonNull(source, "source");
        return self();
    }

    /** Builds the immutable spec, rejecting structural mistakes with a message naming spec and field. */
    public abstract S build();

    SpecMeta buildMeta(SpecType type) {
        return new SpecMeta(this, type);
    }

    SourceLocation sourceOrCaller() {
        return source != null ? source : CallerLocation.outside("io.contractspec.core.");
    }

    String subject(SpecType type) {
        return type.wireName() + " " + key + "@" + version;
    }

    /** Runs a part's constructor so that its complaint names this spec. */
    <T> T named(SpecType type, java.util.function.Supplier<T> part) {
        try {
            return part.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(subject(type) + ": " + e.getMessage(), e);
        }
    }
}
