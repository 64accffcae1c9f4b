package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A REST route override: method and a path whose {@code {placeholders}} bind input fields. */
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
    private static final Pattern SEGMENT = Pattern.compile("(?:[A-Za-z0-9._~-]+|\\{[A-Za-z_][A-Za-z0-9_]*})");

    public RestRoute {
        Objects.requireNonNull(method, "method");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("REST path '" + path + "' must start with '/'");
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("REST path '" + path + "' has a malformed segment '" + segment
                        + "' (use letters, digits, . _ ~ - or one {field} placeholder per segment)");
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
