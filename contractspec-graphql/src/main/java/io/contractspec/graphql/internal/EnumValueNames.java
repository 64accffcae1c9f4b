package io.contractspec.graphql.internal;

import io.contractspec.schema.EnumType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The GraphQL name of each wire value of an enum: upper case, every character outside
 * {@code [A-Za-z0-9_]} replaced by {@code _}, and a leading {@code _} when the result would start
 * with a digit ({@code running} → {@code RUNNING}, {@code request_changes} → {@code REQUEST_CHANGES},
 * {@code in-progress} → {@code IN_PROGRESS}, {@code 2fa} → {@code _2FA}). The wire value stays the
 * value: inputs reach the executor and outputs leave it as the contract's strings. Two wire values
 * with one name make the schema fail to build, naming both.
 */
public final class EnumValueNames {

    private EnumValueNames() {}

    /** Wire value → GraphQL name, in declaration order. */
    public static Map<String, String> of(EnumType type) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> wireByName = new HashMap<>();
        for (String wire : type.wireValues()) {
            String name = name(wire);
            String clash = wireByName.putIfAbsent(name, wire);
            if (clash != null) {
                throw new IllegalArgumentException("enum " + type.name() + ": wire values '" + clash + "' and '" + wire
                        + "' both become the GraphQL value " + name);
            }
            names.put(wire, name);
        }
        return names;
    }

    /** The GraphQL enum value name of one wire value. */
    public static String name(String wire) {
        StringBuilder name = new StringBuilder(wire.length() + 1);
        for (int i = 0; i < wire.length(); i++) {
            char c = wire.charAt(i);
            boolean valid = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            name.append(valid ? Character.toUpperCase(c) : '_');
        }
        if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
            name.insert(0, '_');
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }
}
