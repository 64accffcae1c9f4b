package io.contractspec.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.rest.internal.ChoosingEndpoint;
import io.contractspec.rest.internal.EndpointSettings;
import io.contractspec.rest.internal.ErrorMapping;
import io.contractspec.rest.internal.HealthEndpoints;
import io.contractspec.rest.internal.HttpResponses;
import io.contractspec.rest.internal.JsonCodec;
import io.contractspec.rest.internal.OperationEndpoint;
import io.contractspec.rest.internal.OperationRoute;
import io.contractspec.rest.internal.ProblemErrorHandler;
import io.contractspec.rest.internal.RouteChoice;
import io.contractspec.rest.internal.RouteTable;
import io.contractspec.rest.internal.SecurityHeaders;
import io.contractspec.rest.internal.TraceIds;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.runtime.OperationExecutor;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Serves every operation of an executor's registry over HTTP (Javalin), plus {@code /health},
 * {@code /ready} and the OpenAPI document.
 *
 * <pre>{@code
 * RestServer server = RestServer.create(executor, config -> config
 *         .basePath("/api")
 *         .authenticator(JwtAuthenticator.hs256(secret).issuer("https://login.example.com/").build())
 *         .cors(cors -> cors.allowOrigins("https://studio.example.com")))
 *     .start(8080);
 * }</pre>
 */
@PublicApi
public final class RestServer implements AutoCloseable {

    private final Javalin javalin;
    private final ObjectNode openApi;

    private RestServer(OperationExecutor executor, RestConfig config) {
        RouteTable routes = RouteTable.of(executor.registry(), config.basePath);
        this.openApi = OpenApiExporter.export(executor.registry(), config.openApi.toBuilder()
                .basePath(RouteTable.normalizeBasePath(config.basePath))
                .securityScheme(config.authenticator.securityScheme().orElse(null))
                .build());
        JsonCodec json = new JsonCodec(config.maxJsonDepth);
        HttpResponses responses = new HttpResponses(json, config.authenticator.challenge().orElse(null));
        EndpointSettings settings = new EndpointSettings(
                executor, config.authenticator, config.flags, responses, config.maxBodyBytes);
        byte[] openApiBytes = json.write(openApi);
        this.javalin = Javalin.create(javalinConfig -> {
            defaults(javalinConfig, json);
            javalinConfig.routes.before(SecurityHeaders::everyResponse);
            if (config.cors.enabled()) {
                javalinConfig.routes.before(new CorsHandler(config.cors, responses));
            }
            for (List<OperationRoute> group : routes.groups()) {
                OperationRoute first = group.get(0);
                javalinConfig.routes.addHttpHandler(HandlerType.findOrCreate(first.method().name()), first.path(),
                        RouteChoice.needed(group)
                                ? new ChoosingEndpoint(RouteChoice.of(group, route -> new OperationEndpoint(route, settings)),
                                        responses)
                                : new OperationEndpoint(first, settings));
            }
            HealthEndpoints health = new HealthEndpoints(config.readiness, responses);
            javalinConfig.routes.get(config.healthPath, health::health);
            javalinConfig.routes.get(config.readyPath, health::ready);
            if (config.openApiPath != null) {
                javalinConfig.routes.get(config.openApiPath, ctx -> {
                    TraceIds.of(ctx);
                    ctx.contentType(HttpResponses.JSON).result(openApiBytes);
                });
            }
            new ErrorMapping(responses).register(javalinConfig.routes);
            config.javalin.forEach(hook -> hook.accept(javalinConfig));
        });
    }

    /** A server with the default settings. */
    public static RestServer create(OperationExecutor executor) {
        return create(executor, config -> {});
    }

    /** A server configured by {@code configurer}; nothing listens until {@link #start(int)}. */
    public static RestServer create(OperationExecutor executor, Consumer<RestConfig> configurer) {
        Objects.requireNonNull(executor, "executor");
        RestConfig config = new RestConfig();
        configurer.accept(config);
        return new RestServer(executor, config);
    }

    private static void defaults(JavalinConfig config, JsonCodec json) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(json)));
    }

    /** Starts listening on the port (0 picks a free one; see {@link #port()}). */
    public RestServer start(int port) {
        javalin.start(port);
        return this;
    }

    public RestServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The underlying Javalin instance, e.g. for its lifecycle events; add routes with {@link RestConfig#javalin}. */
    public Javalin javalin() {
        return javalin;
    }

    /** A copy of the served OpenAPI document. */
    public ObjectNode openApi() {
        return openApi.deepCopy();
    }
}
