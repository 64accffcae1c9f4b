package io.contractspec.schema.internal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a JSON Schema {@code pattern} (ECMA-262 syntax) for {@link java.util.regex}. The two
 * dialects agree on the common subset except that Java's {@code $} also matches before a final line
 * terminator; ECMA's matches only at the end of input, so an unescaped {@code $} outside a
 * character class becomes {@code \z}. Matching is a search ({@code find()}), as in JSON Schema.
 */
public final class EcmaRegex {

    private EcmaRegex() {}

    /** @throws IllegalArgumentException when the pattern is not a valid regular expression */
    public static Pattern compile(String pattern) {
        try {
            return Pattern.compile(translate(pattern));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern '" + pattern + "': " + e.getDescription(), e);
        }
    }

    static String translate(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == ']') {
                inClass = false;
                out.append(c);
            } else if (c == '$' && !inClass) {
                out.append("\\z");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
