package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The nodes of scalar tokens by their text, looked up straight from a parser's character buffer:
 * a snapshot holds some ten thousand distinct strings and numbers millions of times, and this way
 * each becomes a {@code String} and a node once. Open addressing, keyed by
 * {@link String#hashCode()}'s function of the chars.
 */
final class TextTable {

    /** Makes the node of a token's text, the first time the text comes up. */
    @FunctionalInterface
    interface NodeMaker {
        JsonNode node(String text) throws IOException;
    }

    private final NodeMaker maker;
    private String[] texts = new String[1024];
    private JsonNode[] nodes = new JsonNode[1024];
    private int size;

    TextTable(NodeMaker maker) {
        this.maker = maker;
    }

    /** The node of the text {@code chars[offset, offset + length)}. */
    JsonNode node(char[] chars, int offset, int length) throws IOException {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = texts.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String text = texts[slot];
            if (text == null) {
                return add(slot, new String(chars, offset, length));
            }
            if (text.hashCode() == hash && sameChars(text, chars, offset, length)) {
                return nodes[slot];
            }
        }
    }

    private JsonNode add(int slot, String text) throws IOException {
        JsonNode node = maker.node(text);
        texts[slot] = text;
        nodes[slot] = node;
        if (++size * 2 > texts.length) {
            grow();
        }
        return node;
    }

    private void grow() {
        String[] oldTexts = texts;
        JsonNode[] oldNodes = nodes;
        texts = new String[oldTexts.length * 2];
        nodes = new JsonNode[oldTexts.length * 2];
        int mask = texts.length - 1;
        for (int i = 0; i < oldTexts.length; i++) {
            if (oldTexts[i] != null) {
                int slot = spread(oldTexts[i].hashCode()) & mask;
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                texts[slot] = oldTexts[i];
                nodes[slot] = oldNodes[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean sameChars(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
