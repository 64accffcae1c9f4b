package io.contractspec.schema;

import io.contractspec.schema.internal.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A closed set of string values. The wire values are exactly the strings declared (no case
 * folding), in declaration order.
 */
public final class EnumType implements SchemaType {

    /** One declared value: its wire string and an optional description. */
    public record Value(String wire, String description) {
        public Value {
            Objects.requireNonNull(wire, "wire");
            Objects.requireNonNull(description, "description");
        }
    }

    private final String name;
    private final String description;
    private final List<Value> values;
    private final Set<String> wires;

    private EnumType(Builder builder) {
        this.name = Names.requireIdentifier(builder.name, "Enum name");
        this.description = builder.description;
        this.values = List.copyOf(builder.values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Enum " + name + ": declare at least one value");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Value value : values) {
            if (value.wire().isEmpty()) {
                throw new IllegalArgumentException("Enum " + name + ": a value must not be empty");
            }
            if (!seen.add(value.wire())) {
                throw new IllegalArgumentException("Enum " + name + ": duplicate value '" + value.wire() + "'");
            }
        }
        this.wires = Set.copyOf(seen);
    }

    /** An enum whose wire values are the given strings, in order. */
    public static EnumType of(String name, String... wireValues) {
        Builder builder = builder(name);
        for (String wire : wireValues) {
            builder.value(wire);
        }
        return builder.build();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The enum of a Java enum, its values described by their {@link Description} annotations (empty
     * without one); wire values are the constant names in lower case ({@code TIMED_OUT →
     * "timed_out"}), the mapping record binding uses, so the Java enum binds to the enum it made
     * without a second list of values.
     */
    public static <E extends Enum<E>> EnumType from(String name, String description, Class<E> type) {
        Builder builder = builder(name).description(description);
        for (E constant : type.getEnumConstants()) {
            Description described;
            try {
                described = type.getField(constant.name()).getAnnotation(Description.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("enum constant " + constant + " has no field", e);
            }
            builder.value(constant.name().toLowerCase(java.util.Locale.ROOT), described == null ? "" : described.value());
        }
        return builder.build();
    }

    public Builder toBuilder() {
        Builder builder = new Builder(name).description(description);
        builder.values.addAll(values);
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

    @Override
    public JsonType jsonType() {
        return JsonType.STRING;
    }

    public List<Value> values() {
        return values;
    }

    /** The wire strings, in declaration order. */
    public List<String> wireValues() {
        return values.stream().map(Value::wire).toList();
    }

    public boolean contains(String wire) {
        return wires.contains(wire);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumType other
                && name.equals(other.name)
                && description.equals(other.description)
                && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, values);
    }

    @Override
    public String toString() {
        return "enum " + name + wireValues();
    }

    public static final class Builder {
        private final String name;
        private String description = "";
        private final List<Value> values = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        public Builder value(String wire) {
            return value(wire, "");
        }

        public Builder value(String wire, String description) {
            values.add(new Value(wire, description));
            return this;
        }

        public EnumType build() {
            return new EnumType(this);
        }
    }
}
