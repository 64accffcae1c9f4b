package io.contractspec.examples.workflow.app;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level command: starts the server (and returns once it listens) unless a subcommand is
 * given. The started application is left in {@link #started()} for the caller to keep running.
 */
@Command(name = "workflow-system", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Runs the workflow system: the REST API under /api, /openapi.json, /health, /ready and the "
                + "docs at /docs.", "Without --db it uses an embedded H2 database in the data directory and loads "
                + "the demo organization org_demo on first start."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--bind", paramLabel = "<address>", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--port", paramLabel = "<n>", defaultValue = "8080",
            description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    SecretOptions secret;

    @Mixin
    RetentionOptions retention;

    @Option(names = "--db", paramLabel = "<jdbc-url>",
            description = "A shared database, e.g. jdbc:postgresql://db:5432/workflow (default: embedded H2 in the data directory).")
    String databaseUrl;

    @Option(names = "--db-user", paramLabel = "<name>", description = "User of the --db database.")
    String databaseUser;

    @Option(names = "--db-password", paramLabel = "<text>",
            description = "Password of the --db database; prefer --db-password-file or the environment variable "
                    + DatabasePasswords.ENVIRONMENT_VARIABLE + ", which other users cannot see in the process list.")
    String databasePassword;

    @Option(names = "--db-password-file", paramLabel = "<file>",
            description = "A file holding the password of the --db database (its first line).")
    java.nio.file.Path databasePasswordFile;

    @Option(names = "--poll-interval", paramLabel = "<duration>", defaultValue = "1s", converter = DurationConverter.class,
            description = "How often timers fire and events are relayed (default: ${DEFAULT-VALUE}).")
    Duration pollInterval;

    @Option(names = "--kafka", paramLabel = "<bootstrap servers>",
            description = "Relays every committed event to Kafka as a CloudEvent (topic = event key), e.g. localhost:9092.")
    String kafka;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private WorkflowApplication started;

    ServeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        started = WorkflowApplication.start(settings(), retention.policy());
        return 0;
    }

    private AppSettings settings() throws java.io.IOException {
        if (databaseUrl == null && (databaseUser != null || databasePassword != null || databasePasswordFile != null)) {
            throw new ParameterException(spec.commandLine(), "--db-user, --db-password and --db-password-file need --db");
        }
        try {
            String password = databaseUrl == null ? null
                    : DatabasePasswords.resolve(databasePassword, databasePasswordFile, environment).orElse(null);
            Optional<AppSettings.Database> database = Optional.ofNullable(databaseUrl)
                    .map(url -> new AppSettings.Database(url, databaseUser, password));
            return new AppSettings(bind, port, secret.dataDir, database, secret.resolve(environment), pollInterval,
                    Optional.ofNullable(kafka));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The application {@link #call()} started, if it ran. */
    Optional<WorkflowApplication> started() {
        return Optional.ofNullable(started);
    }
}
