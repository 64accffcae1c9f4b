package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The metadata every spec carries. Identity is {@link #key()} + {@link #version()}. */
@PublicApi
public final class SpecMeta {

    private final String key;
    private final String version;
    private final String description;
    private final Stability stability;
    private final List<String> owners;
    private final List<String> tags;
    private final String title;
    private final String domain;
    private final List<String> docIds;
    private final SpecRef ref;

    SpecMeta(SpecBuilder<?, ?> builder, SpecType type) {
        String subject = builder.subject(type);
        this.key = builder.named(type, () -> SpecKeys.require(builder.key, "key"));
        this.version = builder.named(type, () -> Semver.parse(builder.version)).toString();
        this.ref = new SpecRef(key, version);
        this.description = builder.description;
        this.stability = Objects.requireNonNull(builder.stability, subject + ": stability");
        this.owners = distinctNonBlank(builder.owners, subject, "owners");
        this.tags = distinctNonBlank(builder.tags, subject, "tags");
        this.docIds = distinctNonBlank(builder.docIds, subject, "docIds");
        this.title = builder.title;
        this.domain = builder.domain;
        if (owners.isEmpty() && stability.promisesCompatibility()) {
            throw new IllegalArgumentException(
                    subject + ": owners must not be empty for a " + stability.wireName() + " spec");
        }
    }

    private static List<String> distinctNonBlank(List<String> values, String subject, String field) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(subject + ": " + field + " must not contain a blank entry");
            }
            if (!seen.add(value)) {
                throw new IllegalArgumentException(subject + ": " + field + " lists '" + value + "' twice");
            }
        }
        return List.copyOf(values);
    }

    public String key() {
        return key;
    }

    public String version() {
        return version;
    }

    public SpecRef ref() {
        return ref;
    }

    public Semver semver() {
        return Semver.parse(version);
    }

    /** The description; empty when none was given. */
    public String description() {
        return description;
    }

    public Stability stability() {
        return stability;
    }

    public List<String> owners() {
        return owners;
    }

    public List<String> tags() {
        return tags;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    public List<String> docIds() {
        return docIds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecMeta other
                && key.equals(other.key)
                && version.equals(other.version)
                && description.equals(other.description)
                && stability == other.stability
                && owners.equals(other.owners)
                && tags.equals(other.tags)
                && Objects.equals(title, other.title)
                && Objects.equals(domain, other.domain)
                && docIds.equals(other.docIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, version, description, stability, owners, tags, title, domain, docIds);
    }

    @Override
    public String toString() {
        return key + "@" + version;
    }
}
