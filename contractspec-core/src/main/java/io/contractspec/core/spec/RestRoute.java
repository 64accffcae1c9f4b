package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST route override: method and a path whose {@code {placeholders}} bind input fields. A
 * segment is literal text, a placeholder, or both, as long as placeholders are parted by literal
 * text: {@code /v1/{name}:cancel} (Google's custom methods), {@code /files/{name}.json},
 * {@code /routes/{from}-{to}}. {@code /} alone is the root.
 *
 * <p>A route may also {@linkplain Match match} a constant header or query value, for APIs that serve
 * several operations on one method and path and tell them apart by that value (AWS's
 * {@code X-Amz-Target} header, its {@code Action} query parameter):
 * {@code .rest(POST, "/", Match.header("X-Amz-Target", "Textract.AnalyzeDocument"))}.
 */
@PublicApi
public record RestRoute(Method method, String path, Optional<Match> match) {

    public enum Method {
        GET,
        POST,
        PUT,
        PATCH,
        DELETE,
        /** GET without the body: the query string carries the input, the response only its status and headers. */
        HEAD;

        public static Method fromWire(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }

        /** GET, DELETE and HEAD take their input from the query string; the others from a JSON body. */
        public boolean inputFromQuery() {
            return this == GET || this == DELETE || this == HEAD;
        }
    }

    /**
     * A header or query parameter that must have exactly this value for the route to serve the
     * request. The value is fixed, so it is no input field; the OpenAPI export documents it as a
     * required parameter with that one value.
     */
    public record Match(ParameterBinding.Location in, String name, String value) {

        private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
        private static final Pattern VISIBLE = Pattern.compile("[\\x21-\\x7e]+");

        public Match {
            Objects.requireNonNull(in, "in");
            if (in == ParameterBinding.Location.PATH) {
                throw new IllegalArgumentException("a route matches a header or query value, not a path segment");
            }
            if (name == null || !TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("route match: '" + name + "' is not a " + in.wireName()
                        + " parameter name (letters, digits and ! # $ % & ' * + . ^ _ ` | ~ -)");
            }
            if (value == null || !VISIBLE.matcher(value).matches()) {
                throw new IllegalArgumentException("route match on " + in.wireName() + " '" + name + "': the value '"
                        + value + "' must be visible ASCII characters without spaces");
            }
        }

        public static Match header(String name, String value) {
            return new Match(ParameterBinding.Location.HEADER, name, value);
        }

        public static Match query(String name, String value) {
            return new Match(ParameterBinding.Location.QUERY, name, value);
        }

        /** The same parameter: header names ignore case, query names do not. */
        public boolean sameParameter(Match other) {
            return in == other.in && (in == ParameterBinding.Location.HEADER ? name.equalsIgnoreCase(other.name)
                    : name.equals(other.name));
        }

        @Override
        public String toString() {
            return in.wireName() + " " + name + "=" + value;
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

    public RestRoute(Method method, String path) {
        this(method, path, Optional.empty());
    }

    public RestRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(match, "match");
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
        return method + " " + path + match.map(condition -> " [" + condition + "]").orElse("");
    }
}
