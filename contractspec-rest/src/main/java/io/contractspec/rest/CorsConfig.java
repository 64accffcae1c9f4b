package io.contractspec.rest;

import io.contractspec.annotations.PublicApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cross-origin access from browsers. Off until an origin is allowed. Preflight requests from an
 * allowed origin asking for an allowed method and headers get 204 with the CORS headers; any other
 * preflight gets a 403 problem. Actual requests from an allowed origin get
 * {@code Access-Control-Allow-Origin} and the exposed headers.
 *
 * <pre>{@code
 * config.cors(cors -> cors.allowOrigins("https://studio.example.com").allowCredentials(true));
 * }</pre>
 */
@PublicApi
public final class CorsConfig {

    /** Any origin, without credentials. */
    public static final String ANY_ORIGIN = "*";

    final List<String> origins = new ArrayList<>();
    final List<String> methods = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
    final List<String> headers = new ArrayList<>(
            List.of("Authorization", "Content-Type", "Idempotency-Key", "traceparent", "X-Trace-Id"));
    final List<String> exposedHeaders = new ArrayList<>(
            List.of("X-Trace-Id", "traceparent", "Retry-After", "WWW-Authenticate", "Idempotent-Replayed"));
    boolean credentials;
    Duration maxAge = Duration.ofMinutes(10);

    CorsConfig() {}

    /** Origins allowed to call, exactly as browsers send them ({@code https://host:port}), or {@code "*"}. */
    public CorsConfig allowOrigins(String... allowed) {
        Arrays.stream(allowed).map(origin -> Objects.requireNonNull(origin, "origin")).forEach(origins::add);
        return this;
    }

    /** Replaces the allowed methods (default GET, POST, PUT, PATCH, DELETE). */
    public CorsConfig allowMethods(String... allowed) {
        methods.clear();
        Arrays.stream(allowed).map(method -> method.toUpperCase(java.util.Locale.ROOT)).forEach(methods::add);
        return this;
    }

    /** Adds request headers browsers may send (default: Authorization, Content-Type, Idempotency-Key, traceparent, X-Trace-Id). */
    public CorsConfig allowHeaders(String... allowed) {
        headers.addAll(Arrays.asList(allowed));
        return this;
    }

    /** Adds response headers scripts may read. */
    public CorsConfig exposeHeaders(String... exposed) {
        exposedHeaders.addAll(Arrays.asList(exposed));
        return this;
    }

    /** Whether browsers send cookies and credentials (not allowed together with {@code "*"}). */
    public CorsConfig allowCredentials(boolean allow) {
        this.credentials = allow;
        return this;
    }

    /** How long browsers may cache a preflight answer (default 10 minutes). */
    public CorsConfig maxAge(Duration duration) {
        this.maxAge = Objects.requireNonNull(duration, "maxAge");
        return this;
    }

    boolean enabled() {
        return !origins.isEmpty();
    }

    void check() {
        if (credentials && origins.contains(ANY_ORIGIN)) {
            throw new IllegalArgumentException("CORS: credentials cannot be allowed for any origin ('*')");
        }
    }
}
