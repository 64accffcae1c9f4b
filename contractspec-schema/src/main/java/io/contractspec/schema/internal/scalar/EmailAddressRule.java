package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A pragmatic e-mail address, {@code local@domain}, ASCII only:
 * <ul>
 *   <li>local part: an RFC 5322 dot-atom, runs of atext ({@code A-Z a-z 0-9} and
 *       {@code !#$%&'*+-/=?^_`{|}~}) joined by single dots, 1 to 64 characters; no quoted strings;
 *   <li>domain: at least two DNS labels joined by dots; a label is 1 to 63 letters, digits and
 *       hyphens, neither starting nor ending with a hyphen; the last label (top-level domain) is 2 to
 *       63 letters; no IP literals, no trailing dot;
 *   <li>at most 254 characters in all.
 * </ul>
 */
public final class EmailAddressRule extends StringFormatRule {

    static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_LENGTH = 64;
    static final int MAX_LABEL_LENGTH = 63;

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    static final String PATTERN = Fragments.anchored(
            ATEXT + "+(?:\\." + ATEXT + "+)*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}");
    /** Given {@link #PATTERN}, bounds the local part (everything before the one {@code @}). */
    static final String LOCAL_LENGTH_PATTERN = "^[^@]{1,64}@";

    private static final boolean[] IS_ATEXT = new boolean[128];

    static {
        for (char c : "!#$%&'*+-/=?^_`{|}~".toCharArray()) {
            IS_ATEXT[c] = true;
        }
        for (char c = 0; c < 128; c++) {
            IS_ATEXT[c] |= EcmaChars.isAsciiLetter(c) || EcmaChars.isDigit(c);
        }
    }

    public EmailAddressRule() {
        super("an e-mail address local@domain", fragment());
    }

    private static ObjectNode fragment() {
        ObjectNode node = Fragments.anchoredString("email", PATTERN);
        node.put("maxLength", MAX_LENGTH);
        node.putArray("allOf").addObject().put("pattern", LOCAL_LENGTH_PATTERN);
        return node;
    }

    @Override
    public boolean accepts(String text) {
        int length = text.length();
        if (length > MAX_LENGTH) {
            return false;
        }
        int at = text.indexOf('@');
        return at > 0 && at <= MAX_LOCAL_LENGTH && isDotAtom(text, 0, at) && isDomain(text, at + 1, length);
    }

    private static boolean isDotAtom(String text, int from, int to) {
        char previous = '.';
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' ? previous == '.' : c >= 128 || !IS_ATEXT[c]) {
                return false;
            }
            previous = c;
        }
        return previous != '.';
    }

    private static boolean isDomain(String text, int from, int to) {
        int labelStart = from;
        boolean dotted = false;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                if (!isLabel(text, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
                dotted = true;
            }
        }
        return dotted && isTopLevelLabel(text, labelStart, to);
    }

    private static boolean isLabel(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_LABEL_LENGTH || text.charAt(from) == '-' || text.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!EcmaChars.isAsciiLetter(c) && !EcmaChars.isDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isTopLevelLabel(String text, int from, int to) {
        int length = to - from;
        if (length < 2 || length > MAX_LABEL_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!EcmaChars.isAsciiLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
