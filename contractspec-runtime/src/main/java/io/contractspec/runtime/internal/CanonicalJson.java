package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * A canonical text of a JSON value (object keys sorted, no whitespace, numbers by value) and its
 * SHA-256, so that {@code {"a":1,"b":2}} and {@code {"b":2,"a":1.0}} count as the same input.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    public static String sha256(JsonNode value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(text(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static String text(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode value, StringBuilder out) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            out.append("null");
        } else if (value.isObject()) {
            List<String> names = new ArrayList<>();
            value.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(names.get(i))).append(':');
                write(value.get(names.get(i)), out);
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (Iterator<JsonNode> items = value.elements(); items.hasNext(); ) {
                write(items.next(), out);
                out.append(items.hasNext() ? "," : "");
            }
            out.append(']');
        } else if (value.isNumber()) {
            out.append(value.decimalValue().stripTrailingZeros().toPlainString());
        } else if (value.isTextual()) {
            out.append(quote(value.textValue()));
        } else {
            out.append(value.asText());
        }
    }

    private static String quote(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }
}
