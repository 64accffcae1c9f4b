package io.contractspec.cli.command;

import io.contractspec.cli.config.ProjectConfig;
import io.contractspec.cli.generate.Artifact;
import io.contractspec.cli.generate.ArtifactGenerator;
import io.contractspec.cli.load.ExecutorFactories;
import io.contractspec.cli.load.LoadException;
import io.contractspec.cli.load.LoadedContracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.docs.GeneratedDocs;
import io.contractspec.rest.RestServer;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.studio.Studio;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec serve}: the REST surface, the docs site and the Studio of the contracts, until stopped. */
@Command(name = "serve", description = "Serve the operations over REST (with /openapi.json), the docs site at /docs/ and the Studio at /studio/.")
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
            description = "A class on the classpath building the executor with handlers; without one, every operation answers 501 NOT_IMPLEMENTED.")
    String executorFactory;

    @Override
    public Integer call() {
        boolean interrupted;
        LoadedContracts loaded = contracts.load();
        ProjectConfig config = project.config();
        Map<String, byte[]> site = site(loaded.registry(), config);
        try (RestServer server = RestServer.create(executor(loaded), rest -> rest.javalin(javalin -> {
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
            command.commandLine().getOut().println("serving " + loaded.registry().operations().size()
                    + " operations on http://localhost:" + server.port() + "/ (OpenAPI at /openapi.json, docs at /docs/, Studio at /studio/); Ctrl-C stops");
            interrupted = awaitInterrupt();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
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

    private OperationExecutor executor(LoadedContracts loaded) {
        if (executorFactory == null) {
            return OperationExecutor.builder(loaded.registry()).build();
        }
        ClassLoader loader = loaded.classLoader().orElseThrow(() ->
                new LoadException("--executor-factory needs contracts from --classpath, where the factory class lives"));
        return ExecutorFactories.load(executorFactory, loaded.registry(), loader).get();
    }

    private Map<String, byte[]> site(ContractRegistry registry, ProjectConfig config) {
        Map<String, byte[]> site = new TreeMap<>();
        ArtifactGenerator.of(project.generateSettings(config).withArtifacts(Set.of(Artifact.SITE))).generate(registry)
                .forEach((path, content) -> site.put(path.substring(ArtifactGenerator.SITE_FOLDER.length()), content));
        return site;
    }
}
