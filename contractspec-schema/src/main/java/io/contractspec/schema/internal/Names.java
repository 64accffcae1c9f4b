package io.contractspec.schema.internal;

import java.util.regex.Pattern;

/** Name rules shared by the schema builders. */
public final class Names {

    /** Type and field names must be valid identifiers in every projection (GraphQL, TypeScript, Java). */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Names() {}

    public static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    public static String requireIdentifier(String name, String what) {
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException(
                    what + " must match [A-Za-z_][A-Za-z0-9_]*, got " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }
}
