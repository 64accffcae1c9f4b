package io.contractspec.schema.internal;

/** Name rules shared by the schema builders. */
public final class Names {

    private Names() {}

    /**
     * Type and field names must be valid identifiers in every projection (GraphQL, TypeScript,
     * Java): {@code [A-Za-z_][A-Za-z0-9_]*}. Checked by hand, as every model read or built checks
     * all its names.
     */
    public static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static String requireIdentifier(String name, String what) {
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException(
                    what + " must match [A-Za-z_][A-Za-z0-9_]*, got " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }
}
