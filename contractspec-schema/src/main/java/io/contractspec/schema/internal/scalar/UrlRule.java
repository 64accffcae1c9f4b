package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An absolute http or https URL:
 * <pre>
 * url       = scheme "://" authority [ ("/" / "?" / "#") *char ]
 * scheme    = "http" / "https"                      ; any letter case
 * authority = [ userinfo "@" ] host [ ":" *DIGIT ]  ; ends at the first "/", "?", "#" or the end
 * userinfo  = *( char except "/" "?" "#" "@" )
 * host      = "[" 1*( char except "/" "?" "#" "@" "[" "]" ) "]"
 *           / 1*( char except "/" "?" "#" "@" "[" "]" ":" )
 * char      = any character except whitespace and control characters ({@link EcmaChars})
 * </pre>
 * So the host is never empty, there is at most one {@code @} before the path, and the port is
 * digits only (possibly empty, as RFC 3986 allows). Non-ASCII characters are allowed (IRIs);
 * percent-encoding is not checked. No {@code format} keyword: JSON Schema's "uri" is stricter.
 */
public final class UrlRule extends StringFormatRule {

    static final String PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@]*@)?(?:\\[[^/?#@\\[\\]]+\\]|[^/?#@\\[\\]:]+)"
            + "(?::[0-9]*)?(?:[/?#]|$)";

    public UrlRule() {
        super("an absolute http(s) URL", fragment());
    }

    private static ObjectNode fragment() {
        ObjectNode node = Fragments.ofType("string");
        node.put("pattern", PATTERN);
        node.putObject("not").put("pattern", EcmaChars.WHITESPACE_OR_CONTROL_CLASS);
        return node;
    }

    @Override
    public boolean accepts(String text) {
        int start = authorityStart(text);
        if (start < 0 || EcmaChars.containsWhitespaceOrControl(text, 0, text.length())) {
            return false;
        }
        int end = start;
        int at = -1;
        for (char c; end < text.length() && (c = text.charAt(end)) != '/' && c != '?' && c != '#'; end++) {
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = end;
            }
        }
        return isHostAndPort(text, at < 0 ? start : at + 1, end);
    }

    /** The index after {@code http://} or {@code https://} (any case), or -1. */
    private static int authorityStart(String text) {
        if (text.length() < 7 || !text.regionMatches(true, 0, "http", 0, 4)) {
            return -1;
        }
        int colon = text.charAt(4) == 's' || text.charAt(4) == 'S' ? 5 : 4;
        return text.startsWith("://", colon) ? colon + 3 : -1;
    }

    /** {@code host [":" *DIGIT]} exactly filling {@code text[from, to)}, which holds no "@", "/", "?", "#". */
    private static boolean isHostAndPort(String text, int from, int to) {
        int hostEnd = from;
        if (from < to && text.charAt(from) == '[') {
            do {
                hostEnd++;
            } while (hostEnd < to && text.charAt(hostEnd) != ']' && text.charAt(hostEnd) != '[');
            if (hostEnd == to || text.charAt(hostEnd) == '[' || hostEnd == from + 1) {
                return false;
            }
            hostEnd++;
        } else {
            for (char c; hostEnd < to && (c = text.charAt(hostEnd)) != ':'; hostEnd++) {
                if (c == '[' || c == ']') {
                    return false;
                }
            }
            if (hostEnd == from) {
                return false;
            }
        }
        if (hostEnd == to) {
            return true;
        }
        if (text.charAt(hostEnd) != ':') {
            return false;
        }
        for (int i = hostEnd + 1; i < to; i++) {
            if (!EcmaChars.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
