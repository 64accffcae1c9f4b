package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic near misses of sample values: small edits that cross format boundaries. Strings
 * with an unpaired surrogate are left out: they are not Unicode text, cannot be written as UTF-8,
 * and networknt's joni replaces them with {@code ?} before matching.
 */
final class Mutations {

    /** Characters that matter to some format, plus Unicode whitespace, controls and non-ASCII. */
    private static final String ALPHABET = "0123456789aAfFgGxXzZtTsS-:.+@/?#[]_%{}'\"\\ \t\n\r\u000b\u0000\u001f\u007f"
            + "\u0085\u009f\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u00e9\u0661";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Mutations() {}

    static List<JsonNode> of(List<JsonNode> seeds, int perSeed, long seed) {
        Random random = new Random(seed);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode value : seeds) {
            for (int i = 0; i < perSeed; i++) {
                if (value.isTextual()) {
                    String mutated = mutate(value.textValue(), random);
                    if (isWellFormed(mutated)) {
                        out.add(NODES.textNode(mutated));
                    }
                } else if (value.isNumber()) {
                    JsonNode nudged = nudge(value, random);
                    if (Double.isFinite(nudged.doubleValue()) || !nudged.isDouble()) {
                        out.add(nudged);
                    }
                }
            }
        }
        return out;
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits; e++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
            char c = random.nextInt(8) == 0 ? "\ud83d\ude00".charAt(random.nextInt(2)) : ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(5)) {
                case 0 -> out.insert(at, c);
                case 1 -> { if (at < out.length()) out.deleteCharAt(at); }
                case 2 -> { if (at < out.length()) out.setCharAt(at, c); }
                case 3 -> { if (at < out.length()) out.setCharAt(at, flipCase(out.charAt(at))); }
                default -> { if (at < out.length()) out.insert(at, out.substring(at, Math.min(out.length(), at + 1 + random.nextInt(4)))); }
            }
        }
        return out.toString();
    }

    static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static char flipCase(char c) {
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }

    private static JsonNode nudge(JsonNode value, Random random) {
        BigDecimal number = value.decimalValue();
        return switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(Math.nextUp(value.doubleValue()));
            case 1 -> NODES.numberNode(Math.nextDown(value.doubleValue()));
            case 2 -> NODES.numberNode(value.doubleValue() + (random.nextInt(3) - 1) * 0.5);
            case 3 -> NODES.numberNode(number.toBigInteger().add(BigInteger.valueOf(random.nextInt(3) - 1)));
            default -> NODES.numberNode(value.doubleValue() * -1);
        };
    }
}
