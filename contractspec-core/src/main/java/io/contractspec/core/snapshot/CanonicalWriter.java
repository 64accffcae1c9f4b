package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.JsonValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the text {@link CanonicalJson} describes. Nodes that a tree holds in many places (given
 * by the caller, e.g. a {@link WriteCache}'s) are rendered once per depth: the text of a node
 * depends on nothing but the node and its depth. The text is kept as a list of pieces, each
 * repeated node's text one shared piece, and joined once at the end, so a text of many megabytes
 * is copied once rather than at every growth of one buffer.
 */
final class CanonicalWriter {

    private static final String[] INDENTS = new String[32];
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Marks a node rendered once at a depth; compared by identity, never equal to a text. */
    private static final String SEEN_ONCE = new String("");

    static {
        for (int depth = 0; depth < INDENTS.length; depth++) {
            INDENTS[depth] = "  ".repeat(depth);
        }
    }

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final List<String> pieces = new ArrayList<>();
    private final Set<JsonNode> repeated;
    private final Map<JsonNode, String[]> rendered = new IdentityHashMap<>();
    /** Per depth, the members of the object being written there, in key order. */
    private Map.Entry<String, JsonNode>[][] membersByDepth = newMembersByDepth();

    @SuppressWarnings("unchecked")
    private static Map.Entry<String, JsonNode>[][] newMembersByDepth() {
        return new Map.Entry[16][];
    }

    /** A writer that renders each of the {@code repeated} nodes once per depth. */
    CanonicalWriter(Set<JsonNode> repeated) {
        this.repeated = repeated;
    }

    /**
     * The canonical text of a JSON tree, with its final newline.
     *
     * @throws IllegalArgumentException for NaN, infinities and nodes that are not JSON values
     */
    String write(JsonNode node) {
        value(node, 0);
        out.append('\n');
        if (pieces.isEmpty()) {
            return out.toString();
        }
        flush();
        return String.join("", pieces);
    }

    private void value(JsonNode node, int depth) {
        if (node.isContainerNode() && !node.isEmpty() && repeated.contains(node)) {
            repeatedValue(node, depth);
        } else {
            render(node, depth);
        }
    }

    /**
     * Renders the node, and keeps its text once the node comes up a second time at this depth
     * (most of a writer's nodes are used once).
     */
    private void repeatedValue(JsonNode node, int depth) {
        String[] byDepth = rendered.get(node);
        if (byDepth == null || depth >= byDepth.length) {
            byDepth = byDepth == null ? new String[depth + 1] : Arrays.copyOf(byDepth, depth + 1);
            rendered.put(node, byDepth);
        }
        String text = byDepth[depth];
        if (text == null) {
            byDepth[depth] = SEEN_ONCE;
            render(node, depth);
            return;
        }
        flush();
        if (text == SEEN_ONCE) {
            int first = pieces.size();
            render(node, depth);
            flush();
            List<String> parts = pieces.subList(first, pieces.size());
            text = parts.size() == 1 ? parts.get(0) : String.join("", parts);
            parts.clear();
            byDepth[depth] = text;
        }
        pieces.add(text);
    }

    /** Ends the current piece. */
    private void flush() {
        if (out.length() > 0) {
            pieces.add(out.toString());
            out.setLength(0);
        }
    }

    private void render(JsonNode node, int depth) {
        if (node.isObject()) {
            object(node, depth);
        } else if (node.isArray()) {
            array(node, depth);
        } else if (node.isTextual()) {
            string(node.textValue());
        } else if (node.isInt() || node.isLong()) {
            out.append(node.longValue());
        } else if (node.isNumber()) {
            out.append(JsonValues.decimal(node).toPlainString());
        } else {
            CanonicalJson.requireValue(node);
            out.append(node.isNull() ? "null" : Boolean.toString(node.booleanValue()));
        }
    }

    private void object(JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        Map.Entry<String, JsonNode>[] members = sortedMembers(node, depth);
        for (int i = 0; i < node.size(); i++) {
            Map.Entry<String, JsonNode> member = members[i];
            out.append(separator);
            indent(depth + 1);
            string(member.getKey());
            out.append(": ");
            value(member.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (JsonNode item : node) {
            out.append(separator);
            indent(depth + 1);
            value(item, depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    /** The members by key in UTF-16 code unit order, in a buffer kept for the depth; {@code node.size()} of them. */
    private Map.Entry<String, JsonNode>[] sortedMembers(JsonNode node, int depth) {
        if (depth >= membersByDepth.length) {
            membersByDepth = Arrays.copyOf(membersByDepth, depth * 2);
        }
        Map.Entry<String, JsonNode>[] members = membersByDepth[depth];
        if (members == null || members.length < node.size()) {
            members = newMembers(Math.max(node.size(), 16));
            membersByDepth[depth] = members;
        }
        boolean sorted = true;
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> all = node.fields(); all.hasNext(); count++) {
            members[count] = all.next();
            sorted = sorted && (count == 0 || members[count - 1].getKey().compareTo(members[count].getKey()) < 0);
        }
        if (!sorted) {
            Arrays.sort(members, 0, count, Map.Entry.comparingByKey());
        }
        return members;
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<String, JsonNode>[] newMembers(int size) {
        return new Map.Entry[size];
    }

    private void string(String text) {
        out.append('"');
        int plain = 0;
        while (plain < text.length() && isPlain(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            out.append(text);
        } else {
            out.append(text, 0, plain);
            escape(text, plain);
        }
        out.append('"');
    }

    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c);
    }

    /** Escapes only {@code "}, {@code \}, control characters and unpaired surrogates. */
    private void escape(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private void unicodeEscape(char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }

    private void indent(int depth) {
        if (depth < INDENTS.length) {
            out.append(INDENTS[depth]);
        } else {
            out.append("  ".repeat(depth));
        }
    }
}
