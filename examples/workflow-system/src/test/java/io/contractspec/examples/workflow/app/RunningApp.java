package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.examples.workflow.engine.PostgresSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application started through the main's entry point ({@link Launcher}) on port 0 with an
 * embedded H2 database in a temporary data directory, plus tokens made by the {@code token}
 * subcommand from the same directory: exactly what a user does with the jar, in-process.
 */
final class RunningApp implements AutoCloseable {

    final Path dataDir;
    final WorkflowApplication application;
    final ApiClient http;
    private final PostgresSchema schema;

    private RunningApp(Path dataDir, WorkflowApplication application) {
        this(dataDir, application, null);
    }

    private RunningApp(Path dataDir, WorkflowApplication application, PostgresSchema schema) {
        this.dataDir = dataDir;
        this.application = application;
        this.http = new ApiClient(application.baseUrl());
        this.schema = schema;
    }

    /** The databases the application runs on; tests that must hold on both take this as a parameter. */
    enum Database { H2, POSTGRESQL }

    /** The application on an embedded H2 database (with demo data) or on a fresh PostgreSQL schema (without). */
    static RunningApp start(Database database) {
        if (database == Database.H2) {
            return start();
        }
        PostgresSchema schema = new PostgresSchema();
        try {
            Path dataDir = Files.createTempDirectory("workflow-app");
            List<String> args = new ArrayList<>(List.of("--port", "0", "--data", dataDir.toString(),
                    "--poll-interval", "200ms", "--db", schema.url(), "--db-user", PostgresSchema.user()));
            if (!PostgresSchema.password().isEmpty()) {
                args.addAll(List.of("--db-password", PostgresSchema.password()));
            }
            Output output = run(Map.of(), args.toArray(String[]::new));
            assertThat(output.launch().exitCode()).as(output.err()).isZero();
            return new RunningApp(dataDir, output.launch().application().orElseThrow(), schema);
        } catch (IOException e) {
            schema.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            schema.close();
            throw e;
        }
    }

    static RunningApp start() {
        try {
            return start(Files.createTempDirectory("workflow-app"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunningApp start(Path dataDir) {
        Output output = run(Map.of(), "--port", "0", "--data", dataDir.toString(), "--poll-interval", "200ms");
        assertThat(output.launch().exitCode()).as(output.err()).isZero();
        return new RunningApp(dataDir, output.launch().application().orElseThrow());
    }

    /** A token for a user of org_demo, printed by the token subcommand. */
    String token(String user, String roles) {
        return token(user, DemoUser.ORGANIZATION, roles);
    }

    String token(String user, String organization, String roles) {
        Output output = run(Map.of(), "token", "--user", user, "--org", organization, "--roles", roles,
                "--data", dataDir.toString());
        assertThat(output.launch().exitCode()).as(output.err()).isZero();
        return output.out().strip();
    }

    String token(DemoUser user) {
        return token(user.id(), user.role());
    }

    /** What a command line printed, and how it ended. */
    record Output(Launcher.Launch launch, String out, String err) {}

    static Output run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Launcher.Launch launch;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            launch = Launcher.launch(environment, outWriter, errWriter, args);
        }
        return new Output(launch, out.toString(), err.toString());
    }

    @Override
    public void close() {
        application.close();
        deleteTree(dataDir);
        if (schema != null) {
            schema.close();
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.toList());
            java.util.Collections.reverse(all);
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
