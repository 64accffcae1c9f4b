package io.contractspec.examples.workflow.app;

import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.examples.workflow.store.WorkflowSchema;
import io.contractspec.graphql.GraphQlSurface;
import io.contractspec.mcp.McpHttp;
import io.contractspec.mcp.McpSurface;
import io.contractspec.rest.RestServer;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.rest.health.JdbcReadinessChecks;
import io.contractspec.rest.health.ReadinessCheck;
import io.contractspec.rest.openapi.OpenApiOptions;
import io.contractspec.runtime.jdbc.DataSources;
import io.contractspec.runtime.jdbc.RuntimeSchema;
import io.contractspec.studio.Studio;
import java.io.IOException;
import java.nio.file.Files;
import io.contractspec.runtime.jdbc.JdbcRetention;
import io.contractspec.runtime.retention.RetentionPolicy;
import io.opentelemetry.api.GlobalOpenTelemetry;
import java.time.Clock;
import org.eclipse.jetty.server.ServerConnector;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow-system application, running: a connection pool, the {@link WorkflowRuntime} (schemas
 * migrated), demo data on a new embedded database, the REST surface with JWT bearer authentication,
 * the docs site at {@code /docs}, the Studio at {@code /studio}, and the background work (timers, event relay). {@link #close()}
 * stops it in reverse order: HTTP first, then the background work, then the pool.
 */
public final class WorkflowApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowApplication.class);
    private static final String API_BASE = "/api";

    private final HikariDataSource dataSource;
    private final WorkflowRuntime runtime;
    private final BackgroundWork background;
    private final KafkaEvents kafka;
    private final RestServer server;

    private WorkflowApplication(HikariDataSource dataSource, WorkflowRuntime runtime, BackgroundWork background,
            KafkaEvents kafka, RestServer server) {
        this.dataSource = dataSource;
        this.runtime = runtime;
        this.background = background;
        this.kafka = kafka;
        this.server = server;
    }

    /** Starts everything with the default retention (see {@code serve --help}). */
    public static WorkflowApplication start(AppSettings settings) throws IOException {
        return start(settings, RetentionOptions.defaults());
    }

    /** Starts everything; on failure, whatever was started is stopped again. */
    public static WorkflowApplication start(AppSettings settings, RetentionPolicy retention) throws IOException {
        HikariDataSource dataSource = open(settings);
        BackgroundWork background = null;
        KafkaEvents kafka = KafkaEvents.configured(settings);
        try {
            WorkflowRuntime runtime = WorkflowRuntime.create(dataSource, Clock.systemUTC(), WorkflowOptions.builder()
                    .cursorSecret(JwtSecrets.derive(settings.jwtSecret(), "workflow list cursors")).build());
            runtime.subscribe(ActivityLog.NAME, new ActivityLog());
            if (settings.embedded()) {
                DemoData.loadIfEmpty(runtime);
            }
            JdbcRetention purges = new JdbcRetention(dataSource, retention, Clock.systemUTC(),
                    "node-" + UUID.randomUUID(), Duration.ofMinutes(5));
            purges.registerMetrics(GlobalOpenTelemetry.get());
            background = BackgroundWork.start(runtime, settings.pollInterval(), purges);
            kafka.start(runtime, settings.pollInterval());
            RestServer server = server(runtime, settings).start(settings.bind(), settings.port());
            WorkflowApplication application = new WorkflowApplication(dataSource, runtime, background, kafka, server);
            LOG.info("Workflow system listening on {} (API under {}, docs at {}, database {})", application.baseUrl(),
                    API_BASE, DocsRoutes.PREFIX, settings.embedded() ? "embedded H2 in " + settings.dataDir().toAbsolutePath().normalize() : "shared");
            return application;
        } catch (RuntimeException | Error e) {
            if (background != null) {
                background.close();
            }
            kafka.close();
            dataSource.close();
            throw e;
        }
    }

    private static HikariDataSource open(AppSettings settings) throws IOException {
        if (settings.database().isPresent()) {
            AppSettings.Database database = settings.database().get();
            return DataSources.pooled(database.url(), database.user(), database.password());
        }
        Files.createDirectories(settings.dataDir());
        return OwnerOnlyFiles.h2File(settings.dataDir());
    }

    /** The OpenAPI description; .contractsrc.json says the same for the generated document. */
    static final String API_DESCRIPTION = "Workflow definitions, instances and approvals of the ContractSpec flagship example.";

    private static RestServer server(WorkflowRuntime runtime, AppSettings settings) {
        DocsRoutes docs = DocsRoutes.of(runtime.registry(), API_BASE);
        Authenticator tokens = Tokens.authenticator(settings.jwtSecret());
        GraphQlSurface graphql = GraphQlSurface.create(runtime.executor(), config -> config.authenticator(tokens));
        Studio studio = Studio.builder(runtime.registry()).apiBasePath(API_BASE).title("Workflow system")
                .baseline(GovernanceBaseline.committed()).liveEvents(tokens).build();
        runtime.subscribe("studio", studio.events());
        return RestServer.create(runtime.executor(), config -> config
                .basePath(API_BASE)
                .authenticator(tokens)
                .openApi(OpenApiOptions.builder().title("Workflow system API").description(API_DESCRIPTION)
                        .contact(OpenApiOptions.Contact.of("Workflow system team", "https://github.com/contractspec", null))
                        .license(OpenApiOptions.License.spdx("Apache 2.0", "Apache-2.0")).build())
                .readiness(JdbcReadinessChecks.reachable(runtime.dataSource()),
                        named("workflow-migrations", JdbcReadinessChecks.migrationsApplied(runtime.dataSource(),
                                WorkflowSchema.HISTORY_TABLE, null)),
                        named("runtime-migrations", JdbcReadinessChecks.migrationsApplied(runtime.dataSource(),
                                RuntimeSchema.HISTORY_TABLE, null)))
                .javalin(docs::mount)
                .javalin(graphql::mount)
                .javalin(McpHttp.mount(McpSurface.create(runtime.executor()), tokens))
                .javalin(studio::mount));
    }

    private static ReadinessCheck named(String name, ReadinessCheck check) {
        return ReadinessCheck.of(name, check::check);
    }

    /** The port the HTTP server listens on. */
    public int port() {
        return server.port();
    }

    /** The address the HTTP server listens on, as the server itself reports it. */
    public String host() {
        return ((ServerConnector) server.javalin().jettyServer().server().getConnectors()[0]).getHost();
    }

    /** {@code http://<bind address>:<port>}, or {@code http://localhost:<port>} when it listens on every interface. */
    public String baseUrl() {
        String host = host();
        boolean everyInterface = host == null || host.equals("0.0.0.0") || host.equals("::");
        String shown = everyInterface ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port();
    }

    /** The workflow system behind the HTTP surface. */
    public WorkflowRuntime runtime() {
        return runtime;
    }

    @Override
    public void close() {
        server.stop();
        background.close();
        kafka.close();
        runtime.executor().close(); // the event bus's dispatcher
        dataSource.close();
        LOG.info("Workflow system stopped");
    }
}
