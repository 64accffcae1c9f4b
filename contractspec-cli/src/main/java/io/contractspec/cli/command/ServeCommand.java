package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.cli.auth.DevTokens;
import io.contractspec.cli.auth.SecretSource;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.Artifact;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.load.ExecutorFactories;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.docs.GeneratedDocs;
import io.contractspec.rest.RestServer;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.rest.auth.JwtAuthenticator;
import io.contractspec.rest.auth.JwtAuthenticatorBuilder;
import io.contractspec.runtime.OperationExecutor;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import io.contractspec.studio.Studio;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contractspec serve}: the project's operations over REST, run by its own handlers, with
 * bearer-token authentication, {@code /openapi.json} and the docs site, until stopped.
 */
@Command(mixinStandardHelpOptions = true, name = "serve", description = {
        "Serve the operations over REST with the project's handlers (HandlerModules listed in META-INF/services, or --executor-factory),"
                + " /openapi.json, the docs site at /docs/ ('/' redirects there) and the Studio at /studio/.",
        "Bearer JWTs: HS256 with the secret of --jwt-secret, $" + SecretSource.ENVIRONMENT_VARIABLE + " or " + SecretSource.FILE
                + " (mint one with 'contractspec token --user <id>'), or RS256 with the keys of --jwks-url."})
@Internal
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "8080", description = "The port (0 picks a free one; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--executor-factory", paramLabel = "<class>",
            description = "A class on the classpath implementing Function<ContractRegistry, OperationExecutor> or Supplier<OperationExecutor>"
                    + " (default: the HandlerModules on the classpath; without any, every operation answers 501 NOT_IMPLEMENTED).")
    String executorFactory;

    @Option(names = "--jwt-secret", paramLabel = "<text>", description = "The HS256 secret tokens are signed with, at least 32 bytes.")
    String secret;

    @Option(names = "--jwks-url", paramLabel = "<url>", description = "Verify RS256 tokens with the keys published here instead (e.g. https://login.example.com/.well-known/jwks.json).")
    String jwksUrl;

    @Option(names = "--issuer", paramLabel = "<iss>", description = "The issuer every token must name (default with --jwks-url: unchecked; with a secret: " + DevTokens.ISSUER + ").")
    String issuer;

    @Option(names = "--audience", paramLabel = "<aud>", description = "An audience a token must name; repeatable (default: unchecked).")
    String[] audiences = new String[0];

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        LoadedContracts loaded = contracts.load(project);
        ProjectConfig config = project.config();
        Authenticator authenticator = authenticator();
        Optional<Supplier<OperationExecutor>> executors = loaded.classLoader().flatMap(loader ->
                ExecutorFactories.forProject(Optional.ofNullable(executorFactory), loaded.registry(), loader));
        OperationExecutor executor = executors.map(Supplier::get)
                .orElseGet(() -> OperationExecutor.builder(loaded.registry()).build());
        Map<String, byte[]> site = site(loaded.registry(), config);
        boolean interrupted;
        try (RestServer server = RestServer.create(executor, rest -> rest.authenticator(authenticator).javalin(javalin -> {
            javalin.routes.get("/", ctx -> ctx.redirect("/docs/index.html"));
            javalin.routes.get("/docs", ctx -> ctx.redirect("/docs/index.html"));
            javalin.routes.get("/docs/<path>", ctx -> {
                byte[] content = site.get(ctx.pathParam("path"));
                if (content == null) {
                    ctx.status(404).result("no such docs page");
                } else {
                    ctx.contentType(GeneratedDocs.mediaType(ctx.pathParam("path"))).result(content);
                }
            });
        }).javalin(Studio.of(loaded.registry())::mount)).start(port)) {
            if (executors.isEmpty()) {
                out.println("no handlers: every operation answers 501 (list a HandlerModule in META-INF/services/"
                        + io.contractspec.runtime.HandlerModule.class.getName() + ", or give --executor-factory)");
            }
            out.println("serving " + loaded.registry().operations().size() + " operations on http://localhost:" + server.port()
                    + "/ (OpenAPI at /openapi.json, docs at /docs/, Studio at /studio/); Ctrl-C stops");
            out.flush();
            interrupted = awaitInterrupt();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private Authenticator authenticator() {
        if (jwksUrl != null) {
            JwtAuthenticatorBuilder builder = JwtAuthenticator.rs256(url(jwksUrl)).audience(audiences);
            return (issuer == null ? builder : builder.issuer(issuer)).build();
        }
        String resolved = SecretSource.resolve(secret, Optional.ofNullable(System.getenv(SecretSource.ENVIRONMENT_VARIABLE)),
                project.root());
        if (issuer == null && audiences.length == 0) {
            return DevTokens.authenticator(resolved);
        }
        return JwtAuthenticator.hs256(resolved.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .issuer(issuer == null ? DevTokens.ISSUER : issuer).audience(audiences).build();
    }

    private static URL url(String text) {
        try {
            return URI.create(text).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new UsageException("--jwks-url: '" + text + "' is not a URL");
        }
    }

    /** Serves until the JVM stops (Ctrl-C) or the thread is interrupted; the flag is restored once the server is closed. */
    private boolean awaitInterrupt() {
        try {
            new CountDownLatch(1).await();
            return false;
        } catch (InterruptedException e) {
            command.commandLine().getOut().println("stopped");
            return true;
        }
    }

    private Map<String, byte[]> site(ContractRegistry registry, ProjectConfig config) {
        Map<String, byte[]> site = new TreeMap<>();
        ArtifactGenerator.of(project.generateSettings(config).withArtifacts(Set.of(Artifact.SITE))).generate(registry)
                .forEach((path, content) -> site.put(path.substring(ArtifactGenerator.SITE_FOLDER.length()), content));
        return site;
    }
}
