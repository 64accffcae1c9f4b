package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.load.ExecutorFactories;
import io.contractspec.build.load.LoadException;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.mcp.McpStdio;
import io.contractspec.mcp.McpSurface;
import io.contractspec.rest.RequestHeaders;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.JwtAuthenticator;
import io.contractspec.rest.auth.JwtAuthenticatorBuilder;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code contractspec mcp}: the operations as MCP tools (plus docs resources and feature prompts)
 * over stdio, for an agent that starts the command itself. Standard output carries only MCP
 * messages. Every call runs as the token's principal, verified like the REST surface verifies it.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true, description = {"Serve the operations as MCP tools over stdio (put this command in an agent's MCP config).",
        "Calls run as the principal of --token (or CONTRACTSPEC_TOKEN), an HS256 JWT checked with CONTRACTSPEC_JWT_SECRET; anonymous without one."})
@Internal
public final class McpCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Option(names = "--executor-factory", paramLabel = "<class>",
            description = "A class on the classpath building the executor with handlers; without one, every tool answers 501 NOT_IMPLEMENTED.")
    String executorFactory;

    @Option(names = "--token", paramLabel = "<jwt>", defaultValue = "${env:CONTRACTSPEC_TOKEN}",
            description = "The caller's bearer token (default: the CONTRACTSPEC_TOKEN environment variable).")
    String token;

    @Option(names = "--jwt-secret-env", paramLabel = "<name>", defaultValue = "CONTRACTSPEC_JWT_SECRET",
            description = "The environment variable holding the HS256 secret that signed the token (default: ${DEFAULT-VALUE}).")
    String secretVariable;

    @Option(names = "--issuer", paramLabel = "<iss>", description = "The token's required issuer.")
    String issuer;

    @Option(names = "--audience", paramLabel = "<aud>", description = "The token's required audience.")
    String audience;

    @Override
    public Integer call() throws InterruptedException {
        Principal principal = principal(System.getenv());
        LoadedContracts loaded = contracts.load(project);
        McpSurface surface = McpSurface.create(executor(loaded));
        McpStdio.serve(surface, principal, new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
        return 0;
    }

    /** The principal of the token, checked with the secret from the environment; null (anonymous) without a token. */
    public Principal principal(Map<String, String> environment) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String secret = environment.get(secretVariable);
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new UsageException("a token needs its HS256 secret (at least 32 bytes) in the environment variable " + secretVariable);
        }
        JwtAuthenticatorBuilder builder = JwtAuthenticator.hs256(secret.getBytes(StandardCharsets.UTF_8));
        if (issuer != null) {
            builder.issuer(issuer);
        }
        if (audience != null) {
            builder.audience(audience);
        }
        AuthenticationResult result = builder.build().authenticate(RequestHeaders.of(Map.of("Authorization", "Bearer " + token.strip())));
        if (result instanceof AuthenticationResult.Authenticated authenticated) {
            return authenticated.principal();
        }
        throw new UsageException("the token is not accepted: " + (result instanceof AuthenticationResult.Rejected rejected
                ? rejected.detail() : result.toString()));
    }

    /** The project's handlers as serve finds them: its HandlerModules, or --executor-factory. */
    private OperationExecutor executor(LoadedContracts loaded) {
        if (executorFactory != null && loaded.classLoader().isEmpty()) {
            throw new LoadException("--executor-factory needs contracts from --classpath, where the factory class lives");
        }
        return loaded.classLoader()
                .flatMap(loader -> ExecutorFactories.forProject(Optional.ofNullable(executorFactory), loaded.registry(), loader))
                .map(java.util.function.Supplier::get)
                .orElseGet(() -> OperationExecutor.builder(loaded.registry()).build());
    }
}
