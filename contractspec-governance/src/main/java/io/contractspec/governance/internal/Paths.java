package io.contractspec.governance.internal;

/** Joins finding paths: dotted names, {@code [i]} for array items, {@code [key]} for named list items. */
public final class Paths {

    private Paths() {}

    public static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** {@code parent[key]}, e.g. {@code acceptance.examples[resume-normal]}. */
    public static String item(String parent, Object key) {
        return parent + "[" + key + "]";
    }

    /** A payload path inside an example, e.g. {@code acceptance.examples[ok].input} + {@code steps[0].key}. */
    public static String within(String parent, String payloadPath) {
        if (payloadPath.isEmpty()) {
            return parent;
        }
        return payloadPath.startsWith("[") ? parent + payloadPath : parent + "." + payloadPath;
    }
}
