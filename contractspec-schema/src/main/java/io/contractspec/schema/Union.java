package io.contractspec.schema;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.internal.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that has one of several types (OpenAPI {@code oneOf}/{@code anyOf}).
 *
 * <p>With a discriminator, every variant is a {@link Model} and the payload names its variant in
 * one string property: the variant's tag (its model name unless {@link Builder#variant(String,
 * Model)} gives another). Without one, the payload is checked against each variant: an
 * {@linkplain #isExclusive() exclusive} union (oneOf) needs exactly one match, an inclusive one
 * (anyOf) at least one.
 *
 * <pre>{@code
 * Union PAYMENT = Union.builder("Payment").discriminator("method")
 *     .variant("card", CARD_PAYMENT).variant("transfer", BANK_TRANSFER)
 *     .build();
 * }</pre>
 */
@PublicApi
public final class Union implements SchemaType {

    /** One possible type; {@code tag} is the discriminator value that selects it. */
    public record Variant(String tag, SchemaType type) {
        public Variant {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(type, "type");
        }
    }

    private final String name;
    private final String description;
    private final String discriminator;
    private final boolean exclusive;
    private final List<Variant> variants;
    private final Map<String, Variant> variantsByTag;

    private Union(Builder builder) {
        this.name = Names.requireIdentifier(builder.name, "Union name");
        this.description = builder.description;
        this.discriminator = builder.discriminator;
        this.exclusive = builder.exclusive;
        this.variants = List.copyOf(builder.variants);
        if (variants.size() < 2) {
            throw new IllegalArgumentException("Union " + name + ": declare at least two variants");
        }
        Map<String, Variant> byTag = new LinkedHashMap<>();
        for (Variant variant : variants) {
            checkVariant(variant);
            if (byTag.put(variant.tag(), variant) != null) {
                throw new IllegalArgumentException("Union " + name + ": duplicate variant '" + variant.tag() + "'");
            }
        }
        this.variantsByTag = Collections.unmodifiableMap(byTag);
    }

    private void checkVariant(Variant variant) {
        if (variant.tag().isEmpty()) {
            throw new IllegalArgumentException("Union " + name + ": a variant tag must not be empty");
        }
        if (discriminator != null && !(variant.type() instanceof Model)) {
            throw new IllegalArgumentException("Union " + name + ": variant '" + variant.tag()
                    + "' must be a model, as the union has the discriminator '" + discriminator + "'");
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(name).description(description);
        builder.discriminator = discriminator;
        builder.exclusive = exclusive;
        builder.variants.addAll(variants);
        return builder;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** {@code OBJECT} when every variant is an object, else {@code ANY}. */
    @Override
    public JsonType jsonType() {
        JsonType first = variants.get(0).type().jsonType();
        boolean same = variants.stream().allMatch(variant -> variant.type().jsonType() == first);
        return same ? first : JsonType.ANY;
    }

    /** The property whose string value names the variant, when there is one. */
    public Optional<String> discriminator() {
        return Optional.ofNullable(discriminator);
    }

    /** True when a payload must match exactly one variant (oneOf), false for at least one (anyOf). */
    public boolean isExclusive() {
        return exclusive;
    }

    /** Variants in declaration order. */
    public List<Variant> variants() {
        return variants;
    }

    /** The variant a discriminator value selects. */
    public Optional<Variant> variant(String tag) {
        return Optional.ofNullable(variantsByTag.get(tag));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Union other
                && name.equals(other.name)
                && description.equals(other.description)
                && Objects.equals(discriminator, other.discriminator)
                && exclusive == other.exclusive
                && variants.equals(other.variants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, discriminator, exclusive, variants);
    }

    @Override
    public String toString() {
        return "union " + name + variantsByTag.keySet();
    }

    /** Fluent builder; exclusive (oneOf) unless {@link #inclusive()} is called. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private String discriminator;
        private boolean exclusive = true;
        private final List<Variant> variants = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** The payload names its variant in this string property; every variant must then be a model. */
        public Builder discriminator(String property) {
            this.discriminator = Names.requireIdentifier(property, "Union " + name + ": discriminator");
            return this;
        }

        /** A payload may match several variants (anyOf). */
        public Builder inclusive() {
            this.exclusive = false;
            return this;
        }

        /** A variant tagged with its type's name. */
        public Builder variant(SchemaType type) {
            return variant(Objects.requireNonNull(type, "variant").name(), type);
        }

        /** A variant selected by the discriminator value {@code tag}. */
        public Builder variant(String tag, SchemaType type) {
            variants.add(new Variant(tag, type));
            return this;
        }

        public Union build() {
            return new Union(this);
        }
    }
}
