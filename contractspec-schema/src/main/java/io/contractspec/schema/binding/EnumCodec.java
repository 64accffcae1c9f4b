package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.internal.Describe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the wire values of an {@link EnumType} one-to-one onto the constants of a Java enum. A
 * constant matches a wire value when both are equal after lower-casing and turning {@code -} into
 * {@code _}: {@code RUNNING ↔ "running"}, {@code REQUEST_CHANGES ↔ "request_changes"},
 * {@code TIMED_OUT ↔ "timed-out"}.
 */
final class EnumCodec implements ValueCodec {

    private final EnumType type;
    private final Map<String, Object> constantsByWire;
    private final TextNode[] wiresByOrdinal;

    private EnumCodec(EnumType type, Map<String, Object> constantsByWire, TextNode[] wiresByOrdinal) {
        this.type = type;
        this.constantsByWire = constantsByWire;
        this.wiresByOrdinal = wiresByOrdinal;
    }

    /** The key under which a constant name and a wire value match. */
    static String matchKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * Binds the enum type to the Java enum, or throws {@link IllegalArgumentException} listing
     * every wire value and constant that does not match exactly one partner.
     */
    static EnumCodec bind(EnumType type, Class<?> enumClass) {
        Enum<?>[] constants = (Enum<?>[]) enumClass.getEnumConstants();
        List<String> problems = new ArrayList<>();
        Map<String, Enum<?>> constantsByKey = new LinkedHashMap<>();
        for (Enum<?> constant : constants) {
            Enum<?> twin = constantsByKey.putIfAbsent(matchKey(constant.name()), constant);
            if (twin != null) {
                problems.add("constants " + twin.name() + " and " + constant.name() + " match the same wire value");
            }
        }
        Map<String, Object> constantsByWire = new HashMap<>();
        TextNode[] wiresByOrdinal = new TextNode[constants.length];
        for (String wire : type.wireValues()) {
            Enum<?> constant = constantsByKey.get(matchKey(wire));
            if (constant == null) {
                problems.add("wire value '" + wire + "' has no constant");
            } else if (wiresByOrdinal[constant.ordinal()] != null) {
                problems.add("wire values '" + wiresByOrdinal[constant.ordinal()].textValue() + "' and '" + wire
                        + "' both match constant " + constant.name());
            } else {
                wiresByOrdinal[constant.ordinal()] = TextNode.valueOf(wire);
                constantsByWire.put(wire, constant);
            }
        }
        for (Enum<?> constant : constants) {
            if (wiresByOrdinal[constant.ordinal()] == null && constantsByKey.get(matchKey(constant.name())) == constant) {
                problems.add("constant " + constant.name() + " has no wire value");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Java enum " + enumClass.getSimpleName() + " does not match enum "
                    + type.name() + " " + type.wireValues() + ": " + String.join(", ", problems)
                    + " (a constant matches a wire value equal to it ignoring case and '-' versus '_')");
        }
        return new EnumCodec(type, Map.copyOf(constantsByWire), wiresByOrdinal);
    }

    @Override
    public Object read(JsonNode node) {
        Object constant = node.isTextual() ? constantsByWire.get(node.textValue()) : null;
        if (constant == null) {
            throw new Failure("expected one of " + type.wireValues() + ", got "
                    + (node.isTextual() ? Describe.quote(node.textValue()) : Describe.kind(node)));
        }
        return constant;
    }

    @Override
    public JsonNode write(Object value) {
        return wiresByOrdinal[((Enum<?>) value).ordinal()];
    }
}
