package io.contractspec.rest;

import io.contractspec.annotations.PublicApi;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.rest.health.ReadinessCheck;
import io.contractspec.rest.openapi.OpenApiOptions;
import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The settings of a {@link RestServer}, filled in by the function passed to
 * {@link RestServer#create(io.contractspec.runtime.OperationExecutor, Consumer)}. Every setting has
 * a default: no base path, 1 MiB bodies, everyone anonymous, no CORS, no readiness checks, the
 * OpenAPI document at {@code /openapi.json}.
 */
@PublicApi
public final class RestConfig {

    /** The default body limit: 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    String basePath = "";
    long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    int maxJsonDepth = 128;
    Authenticator authenticator = Authenticator.ANONYMOUS;
    FlagResolver flags = FlagResolver.NONE;
    final CorsConfig cors = new CorsConfig();
    final List<ReadinessCheck> readiness = new ArrayList<>();
    String healthPath = "/health";
    String readyPath = "/ready";
    String openApiPath = "/openapi.json";
    OpenApiOptions openApi = OpenApiOptions.defaults();
    final List<Consumer<JavalinConfig>> javalin = new ArrayList<>();

    RestConfig() {}

    /** A prefix for every operation route, e.g. {@code /api}; health and OpenAPI paths are not prefixed. */
    public RestConfig basePath(String basePath) {
        this.basePath = Objects.requireNonNull(basePath, "basePath");
        return this;
    }

    /** The largest request body accepted; longer bodies get 413 (default 1 MiB). */
    public RestConfig maxBodyBytes(long maxBodyBytes) {
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + (Integer.MAX_VALUE - 16));
        }
        this.maxBodyBytes = maxBodyBytes;
        return this;
    }

    /** The deepest JSON nesting accepted in a body or {@code ?input=} (default 128); deeper is a 400. */
    public RestConfig maxJsonDepth(int depth) {
        if (depth < 2 || depth > 1000) {
            throw new IllegalArgumentException("maxJsonDepth must be between 2 and 1000");
        }
        this.maxJsonDepth = depth;
        return this;
    }

    public RestConfig authenticator(Authenticator authenticator) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        return this;
    }

    /** Which feature flags are on for a request (default: none). */
    public RestConfig flags(FlagResolver flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
        return this;
    }

    public RestConfig cors(Consumer<CorsConfig> cors) {
        cors.accept(this.cors);
        return this;
    }

    /** Adds checks that {@code /ready} runs. */
    public RestConfig readiness(ReadinessCheck... checks) {
        for (ReadinessCheck check : checks) {
            readiness.add(Objects.requireNonNull(check, "check"));
        }
        return this;
    }

    public RestConfig healthPath(String path) {
        this.healthPath = requirePath(path);
        return this;
    }

    public RestConfig readyPath(String path) {
        this.readyPath = requirePath(path);
        return this;
    }

    /** Where the OpenAPI document is served; {@code null} serves none. */
    public RestConfig openApiPath(String path) {
        this.openApiPath = path == null ? null : requirePath(path);
        return this;
    }

    /**
     * Title, version, servers… of the served OpenAPI document. Its base path and security scheme are
     * always the server's: the authenticator's scheme, or none.
     */
    public RestConfig openApi(OpenApiOptions options) {
        this.openApi = Objects.requireNonNull(options, "options");
        return this;
    }

    /**
     * Changes the Javalin configuration after the adapter has set it up: add routes (e.g. to mount
     * docs), plugins, Jetty settings. Routes added here are matched after the operation routes.
     */
    public RestConfig javalin(Consumer<JavalinConfig> hook) {
        javalin.add(Objects.requireNonNull(hook, "hook"));
        return this;
    }

    private static String requirePath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path '" + path + "' must start with '/'");
        }
        return path;
    }
}
