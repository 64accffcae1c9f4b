package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.cli.auth.DevTokens;
import io.contractspec.cli.auth.SecretSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec token}: one bearer token, and nothing else on standard output, for {@code serve}. */
@Command(mixinStandardHelpOptions = true, name = "token",
        description = {"Print a bearer token (one line) that 'contractspec serve' accepts when it uses the same secret:"
                + " --jwt-secret, else $" + SecretSource.ENVIRONMENT_VARIABLE + ", else " + SecretSource.FILE + " in the project root.",
                "The server accepts a token until 30 seconds after it expires (clock skew)."})
@Internal
public final class TokenCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = "--user", required = true, paramLabel = "<id>", description = "The token's subject (the user id).")
    String user;

    @Option(names = "--org", paramLabel = "<id>", defaultValue = "", description = "The organization id (default: none).")
    String organization;

    @Option(names = "--roles", split = ",", paramLabel = "<role>", description = "Comma-separated roles.")
    List<String> roles = new ArrayList<>();

    @Option(names = "--permissions", split = ",", paramLabel = "<permission>", description = "Comma-separated permissions.")
    List<String> permissions = new ArrayList<>();

    @Option(names = "--ttl", paramLabel = "<duration>", defaultValue = "8h", converter = DurationConverter.class,
            description = "How long the token is valid, e.g. 30m, 8h, 2d (default: ${DEFAULT-VALUE}).")
    Duration ttl;

    @Option(names = "--jwt-secret", paramLabel = "<text>", description = "The HS256 secret, at least 32 bytes.")
    String secret;

    @Option(names = "--create-secret",
            description = "Create " + SecretSource.FILE + " in the project root when no secret is configured (else a missing secret is an error).")
    boolean createSecret;

    @Override
    public Integer call() {
        Optional<String> environment = Optional.ofNullable(System.getenv(SecretSource.ENVIRONMENT_VARIABLE));
        if (createSecret && secret == null && environment.isEmpty() && SecretSource.createIfMissing(project.root())) {
            command.commandLine().getErr().println("created " + ProjectOptions.shown(project.root().resolve(SecretSource.FILE))
                    + " (keep it out of version control)");
        }
        String resolved = SecretSource.resolve(secret, environment, project.root());
        String token;
        try {
            token = DevTokens.mint(resolved, new DevTokens.Grant(user, organization, roles, permissions, ttl), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        command.commandLine().getOut().println(token);
        command.commandLine().getOut().flush();
        return 0;
    }
}
