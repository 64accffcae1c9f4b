package io.contractspec.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.StandardCode;
import java.util.Iterator;
import java.util.Map;

/**
 * Refuses text no store can hold faithfully, wherever it sits in the input (values and member
 * names): the NUL character (PostgreSQL text cannot hold it) and UTF-16 surrogates without their
 * pair (they have no UTF-8 form; a database would store {@code ?} instead). JSON escapes
 * ({@code \u0000}, {@code \ud800}) make both easy to send, so the adapter checks every request
 * before the executor sees it and answers 400 naming the field.
 */
final class StorableText {

    private StorableText() {}

    /** @throws Rejection BAD_REQUEST naming the first field that holds such text */
    static void check(JsonNode input) {
        if (input != null) {
            check(input, "");
        }
    }

    private static void check(JsonNode value, String at) {
        if (value.isTextual()) {
            requireStorable(value.textValue(), at.isEmpty() ? "the input" : "'" + at + "'");
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                String path = at.isEmpty() ? member.getKey() : at + "." + member.getKey();
                requireStorable(member.getKey(), "the member name at '" + (at.isEmpty() ? "(root)" : at) + "'");
                check(member.getValue(), path);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), at + "[" + i + "]");
            }
        }
    }

    private static void requireStorable(String text, String where) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw refused(where, "a NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(where, "an unpaired UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ")");
            }
        }
    }

    private static Rejection refused(String where, String what) {
        return new Rejection(StandardCode.BAD_REQUEST, "The text of " + where + " holds " + what
                + ", which cannot be stored; remove it.");
    }
}
