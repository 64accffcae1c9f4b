package io.contractspec.graphql;

import graphql.schema.GraphQLSchema;
import io.contractspec.annotations.PublicApi;
import io.contractspec.graphql.internal.Callers;
import io.contractspec.graphql.internal.Engine;
import io.contractspec.graphql.internal.EventFeed;
import io.contractspec.graphql.internal.HttpEndpoint;
import io.contractspec.graphql.internal.TransportWs;
import io.contractspec.runtime.OperationExecutor;
import io.javalin.config.JavalinConfig;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Serves an executor's registry as GraphQL: every exposed query and command as a root field that
 * runs through the executor (policy, validation, idempotency, events and audit as on REST), every
 * event as a subscription fed after commit, over GraphQL over HTTP and {@code graphql-transport-ws}.
 * Mount it on the REST server:
 *
 * <pre>{@code
 * GraphQlSurface graphql = GraphQlSurface.create(executor, config -> config.authenticator(authenticator));
 * RestServer.create(executor, config -> config.authenticator(authenticator).javalin(graphql::mount));
 * }</pre>
 */
@PublicApi
public final class GraphQlSurface implements AutoCloseable {

    private final String path;
    private final Engine engine;
    private final EventFeed feed;
    private final HttpEndpoint http;
    private final TransportWs ws;

    private GraphQlSurface(OperationExecutor executor, GraphQlConfig config) {
        this.path = config.path;
        this.feed = new EventFeed(executor.registry(), config.readPolicy);
        this.engine = new Engine(executor, feed, config.maxDepth, config.maxComplexity, config.introspection);
        Callers callers = new Callers(config.authenticator, config.flags);
        this.http = new HttpEndpoint(engine, callers, config.maxRequestBytes);
        this.ws = new TransportWs(engine, callers, config.connectionInitTimeout);
        if (engine.schema().getSubscriptionType() != null) {
            feed.start(executor.eventBus(), config.subscriberName);
        }
    }

    public static GraphQlSurface create(OperationExecutor executor) {
        return create(executor, config -> {});
    }

    /** A surface configured by {@code configurer}; subscriptions are fed from the executor's event bus at once. */
    public static GraphQlSurface create(OperationExecutor executor, Consumer<GraphQlConfig> configurer) {
        Objects.requireNonNull(executor, "executor");
        GraphQlConfig config = new GraphQlConfig();
        configurer.accept(config);
        return new GraphQlSurface(executor, config);
    }

    /** Adds {@code POST} and {@code GET} on the path and the WebSocket on the same path; pass as {@code RestConfig.javalin(graphql::mount)}. */
    public void mount(JavalinConfig javalin) {
        javalin.routes.post(path, http::post);
        javalin.routes.get(path, http::get);
        javalin.routes.ws(path, ws::configure);
        javalin.events.serverStopping(this::close);
    }

    /** The executable schema. */
    public GraphQLSchema schema() {
        return engine.schema();
    }

    /** The schema in SDL, as {@link GraphQlSchemas#sdl} prints it. */
    public String sdl() {
        return GraphQlSchemas.print(engine.schema());
    }

    /** Subscriptions currently open. */
    public int openSubscriptions() {
        return feed.openStreams();
    }

    @Override
    public void close() {
        ws.close();
    }
}
