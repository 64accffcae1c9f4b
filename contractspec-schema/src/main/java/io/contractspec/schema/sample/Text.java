package io.contractspec.schema.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Random and near-miss strings, built from code points so that length bounds are exercised as the validator counts. */
final class Text {

    /**
     * Letters, digits, punctuation, a non-ASCII letter and a character outside the BMP (two UTF-16
     * units, one code point). No line terminators: regex engines disagree on how {@code $} treats a
     * final newline, which would make differential tests report the engines, not our rules.
     */
    private static final int[] ALPHABET = "aZk7 -_.éß€😀".codePoints().toArray();

    /** Only the first characters are shifted, so long texts do not produce long candidate lists. */
    private static final int SHIFTED_POSITIONS = 12;

    private Text() {}

    /** A string of exactly {@code length} code points. */
    static String random(Random random, int length) {
        StringBuilder out = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    /** Strings one small edit away from the given one; near misses find pattern and length edges. */
    static List<String> nearMisses(String text) {
        List<String> out = new ArrayList<>();
        out.add(text + "a");
        out.add("a" + text);
        out.add(text + "😀");
        out.add(text.toUpperCase(Locale.ROOT));
        out.add(text.toLowerCase(Locale.ROOT));
        if (!text.isEmpty()) {
            out.add(text.substring(text.offsetByCodePoints(0, 1)));
            out.add(text.substring(0, text.offsetByCodePoints(text.length(), -1)));
            out.add(" " + text.substring(text.offsetByCodePoints(0, 1)));
        }
        out.addAll(shifted(text));
        return out;
    }

    /**
     * The text with one ASCII digit or letter replaced by the next of its class ({@code AB-123} gives
     * {@code BB-123}, {@code AB-124}, …): values that still match a pattern like {@code ^[A-Z]{2}-[0-9]{3}$}.
     */
    private static List<String> shifted(String text) {
        List<String> out = new ArrayList<>();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < Math.min(codePoints.length, SHIFTED_POSITIONS); i++) {
            int next = next(codePoints[i]);
            if (next != codePoints[i]) {
                int[] copy = codePoints.clone();
                copy[i] = next;
                out.add(new String(copy, 0, copy.length));
            }
        }
        return out;
    }

    private static int next(int c) {
        if (c >= '0' && c <= '9') {
            return c == '9' ? '0' : c + 1;
        }
        if (c >= 'a' && c <= 'z') {
            return c == 'z' ? 'a' : c + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c == 'Z' ? 'A' : c + 1;
        }
        return c;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
