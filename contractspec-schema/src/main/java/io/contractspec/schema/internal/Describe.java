package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Short, safe descriptions of payload values for issue messages (never the whole value). */
public final class Describe {

    private static final int MAX_QUOTED = 40;

    private Describe() {}

    /** "a string", "a number", "an object", … */
    public static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> value.isIntegralNumber() ? "an integer" : "a number";
            case BOOLEAN -> "a boolean";
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            default -> "nothing";
        };
    }

    /** The text in quotes, shortened when long, so messages stay readable and bounded. */
    public static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    /** A number as written on the wire (e.g. {@code 1.5}), shortened when long. */
    public static String number(JsonNode value) {
        return shorten(value.asText());
    }

    private static String shorten(String text) {
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
    }
}
