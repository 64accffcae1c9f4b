package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Locale;
import java.util.Objects;

/**
 * Binds a transport parameter (a path segment, a query parameter or a header) to a top-level
 * input field. An operation declares query and header bindings; its path bindings are derived
 * from the REST route's {@code {placeholders}}, so it cannot declare them.
 */
@PublicApi
public record ParameterBinding(String name, Location in, String field) {

    public enum Location {
        PATH,
        QUERY,
        HEADER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Location fromWire(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    public ParameterBinding {
        Objects.requireNonNull(in, "in");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("parameter '" + name + "' must name an input field");
        }
    }
}
