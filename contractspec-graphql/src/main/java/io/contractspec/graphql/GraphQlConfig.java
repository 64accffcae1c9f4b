package io.contractspec.graphql;

import io.contractspec.annotations.PublicApi;
import io.contractspec.rest.FlagResolver;
import io.contractspec.rest.auth.Authenticator;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a {@link GraphQlSurface}, filled in by the function passed to
 * {@link GraphQlSurface#create}. Defaults: served at {@code /graphql}, everyone anonymous (the
 * operations' policies decide), depth 12, complexity 1000 (one point per selected field),
 * introspection on, requests up to 256 KiB, subscriptions through the event-bus subscriber
 * {@code graphql-subscriptions} with 10 seconds to send {@code connection_init}.
 */
@PublicApi
public final class GraphQlConfig {

    public static final int DEFAULT_MAX_DEPTH = 12;
    public static final int DEFAULT_MAX_COMPLEXITY = 1000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

    String path = "/graphql";
    Authenticator authenticator = Authenticator.ANONYMOUS;
    FlagResolver flags = FlagResolver.NONE;
    int maxDepth = DEFAULT_MAX_DEPTH;
    int maxComplexity = DEFAULT_MAX_COMPLEXITY;
    boolean introspection = true;
    long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    String subscriberName = "graphql-subscriptions";
    Duration connectionInitTimeout = Duration.ofSeconds(10);
    EventReadPolicy readPolicy = EventReadPolicy.EMITTERS;

    GraphQlConfig() {}

    /** Where POST and GET requests and the {@code graphql-transport-ws} WebSocket are served. */
    public GraphQlConfig path(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path '" + path + "' must start with '/'");
        }
        this.path = path;
        return this;
    }

    /** The same authenticator as the REST surface, so a token means the same principal on both. */
    public GraphQlConfig authenticator(Authenticator authenticator) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        return this;
    }

    public GraphQlConfig flags(FlagResolver flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
        return this;
    }

    /** The deepest selection accepted (root fields are depth 1); deeper requests are rejected before running. */
    public GraphQlConfig maxDepth(int maxDepth) {
        this.maxDepth = atLeast(1, maxDepth, "maxDepth");
        return this;
    }

    /** The most fields a request may select, counted over the whole operation (lists count once). */
    public GraphQlConfig maxComplexity(int maxComplexity) {
        this.maxComplexity = atLeast(1, maxComplexity, "maxComplexity");
        return this;
    }

    /** Whether {@code __schema} and {@code __type} answer; switch off to hide the schema in production. */
    public GraphQlConfig introspection(boolean enabled) {
        this.introspection = enabled;
        return this;
    }

    /** The largest request body (POST) or query string (GET) accepted; larger ones get 413. */
    public GraphQlConfig maxRequestBytes(long bytes) {
        if (bytes < 64 || bytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxRequestBytes must be between 64 and " + (Integer.MAX_VALUE - 16));
        }
        this.maxRequestBytes = bytes;
        return this;
    }

    /**
     * The event-bus subscriber name that feeds subscriptions. Its position is kept under this name,
     * so every node of a cluster needs its own (e.g. {@code graphql-subscriptions-<node>}).
     */
    public GraphQlConfig subscriberName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("subscriberName must not be blank");
        }
        this.subscriberName = name;
        return this;
    }

    /** How long a WebSocket may stay open without {@code connection_init} (closed with 4408). */
    public GraphQlConfig connectionInitTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("connectionInitTimeout must be positive");
        }
        this.connectionInitTimeout = timeout;
        return this;
    }

    /** Who may receive an event (beyond being of its organization); default {@link EventReadPolicy#EMITTERS}. */
    public GraphQlConfig readPolicy(EventReadPolicy policy) {
        this.readPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    private static int atLeast(int minimum, int value, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum);
        }
        return value;
    }
}
