package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST route override: method and a path whose {@code {placeholders}} bind input fields. A
 * segment is literal text, a placeholder, or both, as long as placeholders are parted by literal
 * text: {@code /v1/{name}:cancel} (Google's custom methods), {@code /files/{name}.json},
 * {@code /routes/{from}-{to}}. {@code /} alone is the root.
 */
@PublicApi
public record RestRoute(Method method, String path) {

    public enum Method {
        GET,
        POST,
        PUT,
        PATCH,
        DELETE;

        public static Method fromWire(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]*)}");
    /**
     * RFC 3986 path characters without percent-encoding and '*' (a router's wildcard); placeholders
     * only between literal text; no segment starts with ':' (routers read {@code :name} as a placeholder).
     */
    private static final String LITERAL = "[A-Za-z0-9._~!$&'()+,;=:@-]+";
    private static final String FIELD = "\\{[A-Za-z_][A-Za-z0-9_]*}";
    private static final Pattern SEGMENT = Pattern.compile(
            "(?:" + LITERAL + ")?(?:" + FIELD + LITERAL + ")*(?:" + FIELD + ")?");

    public RestRoute {
        Objects.requireNonNull(method, "method");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("REST path '" + path + "' must start with '/'");
        }
        if (!path.equals("/")) {
            for (String segment : path.substring(1).split("/", -1)) {
                if (segment.isEmpty() || segment.startsWith(":") || !SEGMENT.matcher(segment).matches()) {
                    throw new IllegalArgumentException("REST path '" + path + "' has a malformed segment '" + segment
                            + "' (use letters, digits, - . _ ~ : @ ! $ & ' ( ) + , ; = and {field} placeholders,"
                            + " two placeholders parted by literal text, no ':' first)");
                }
            }
        }
    }

    /** The placeholder names, in order of appearance. */
    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher match = PLACEHOLDER.matcher(path);
        while (match.find()) {
            names.add(match.group(1));
        }
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
