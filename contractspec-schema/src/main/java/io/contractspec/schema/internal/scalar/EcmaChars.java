package io.contractspec.schema.internal.scalar;

/**
 * Character classes shared by the text scalars, defined once so that the hand-written checks and
 * the JSON Schema patterns agree.
 *
 * <p><b>Whitespace</b> is exactly what ECMA-262 {@code \s} matches (WhiteSpace and LineTerminator):
 * U+0009–U+000D, U+0020, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and
 * U+FEFF. It is not Java's {@code \s} (ASCII only) nor {@link Character#isWhitespace} (which excludes
 * U+00A0 and includes U+001C–U+001F). U+0085, U+180E and U+200B are not whitespace.
 *
 * <p><b>Control characters</b> are the C0 and C1 controls U+0000–U+001F and U+007F–U+009F.
 */
public final class EcmaChars {

    /**
     * A pattern character class matching one whitespace or control character. It uses {@code \s}
     * rather than listing U+FEFF because some validators reject backslash-u escapes that start with
     * a letter; every ECMA-262 engine gives {@code \s} the meaning above.
     */
    public static final String WHITESPACE_OR_CONTROL_CLASS = "[\\s\\u0000-\\u001f\\u007f-\\u009f]";

    private EcmaChars() {}

    /** True for the ECMA-262 {@code \s} characters listed in the class comment. */
    public static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        return switch (c) {
            case '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff' -> true;
            default -> c >= '\u2000' && c <= '\u200a';
        };
    }

    /** True for C0 and C1 control characters, U+0000–U+001F and U+007F–U+009F. */
    public static boolean isControl(char c) {
        return c <= '\u001f' || c >= '\u007f' && c <= '\u009f';
    }

    public static boolean isWhitespaceOrControl(char c) {
        return isControl(c) || isWhitespace(c);
    }

    /** True when the text contains a whitespace or control character. */
    public static boolean containsWhitespaceOrControl(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c <= ' ' || c >= '\u007f') && isWhitespaceOrControl(c)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    public static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
