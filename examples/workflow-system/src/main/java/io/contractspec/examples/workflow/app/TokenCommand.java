package io.contractspec.examples.workflow.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code token}: prints one signed JWT, and nothing else, that a server on the same secret accepts. */
@Command(name = "token", sortOptions = false, usageHelpAutoWidth = true,
        description = "Prints a bearer token (one line) that a server started with the same data directory or secret accepts.")
final class TokenCommand implements Callable<Integer> {

    @Option(names = "--user", required = true, paramLabel = "<id>", description = "The token's subject, e.g. u-manager.")
    String user;

    @Option(names = "--org", required = true, paramLabel = "<id>", description = "The organization, e.g. org_demo.")
    String organization;

    @Option(names = "--roles", split = ",", paramLabel = "<role>", description = "Comma-separated roles, e.g. manager.")
    List<String> roles = new ArrayList<>();

    @Option(names = "--permissions", split = ",", paramLabel = "<permission>", description = "Comma-separated permissions.")
    List<String> permissions = new ArrayList<>();

    @Option(names = "--ttl", paramLabel = "<duration>", defaultValue = "8h", converter = DurationConverter.class,
            description = "How long the token is valid, e.g. 30m, 8h, 2d (default: ${DEFAULT-VALUE}).")
    Duration ttl;

    @Mixin
    SecretOptions secret;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    TokenCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        String token;
        try {
            Tokens.Grant grant = new Tokens.Grant(user, organization, roles, permissions, ttl);
            token = Tokens.issue(secret.resolve(environment), grant, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
