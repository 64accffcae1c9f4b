package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: tokens, secrets, the snapshot and usage errors, run through the main's entry point. */
class LauncherTest {

    private static final String ENV_SECRET = "an-environment-secret-of-at-least-32-bytes";

    @TempDir
    Path dataDir;

    @Test
    void tokenPrintedBeforeTheServerStartsIsAcceptedByIt() throws Exception {
        RunningApp.Output token = RunningApp.run(Map.of(), "token", "--user", "u-manager", "--org", "org_demo",
                "--roles", "manager", "--ttl", "30m", "--data", dataDir.toString());

        assertThat(token.launch().exitCode()).isZero();
        assertThat(token.out()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\R");
        assertThat(token.err()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret"))))
                .isEqualTo("rw-------");
        try (RunningApp app = RunningApp.start(dataDir)) {
            ApiClient.Reply mine = app.http.get(token.out().strip(), "/api/workflow/me/approvals?status=pending");
            assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
            assertThat(mine.json().get("pendingCount").asInt()).isPositive();
        }
    }

    @Test
    void environmentSecretWinsOverTheDataDirectorysSecret() {
        String fromEnvironment = RunningApp.run(Map.of(JwtSecrets.ENVIRONMENT_VARIABLE, ENV_SECRET), "token",
                "--user", "u-admin", "--org", "org_demo", "--roles", "workflow.admin", "--data", dataDir.toString())
                .out().strip();
        Map<String, String> environment = Map.of(JwtSecrets.ENVIRONMENT_VARIABLE, ENV_SECRET);
        RunningApp.Output server = RunningApp.run(environment, "--port", "0", "--data", dataDir.toString());
        try (WorkflowApplication application = server.launch().application().orElseThrow()) {
            ApiClient http = new ApiClient(application.baseUrl());
            assertThat(http.get(fromEnvironment, "/api/workflow/definitions").status()).isEqualTo(200);
            String fromFile = RunningApp.run(Map.of(), "token", "--user", "u-admin", "--org", "org_demo",
                    "--roles", "workflow.admin", "--data", dataDir.toString()).out().strip();
            assertThat(http.get(fromFile, "/api/workflow/definitions").status()).isEqualTo(401);
        }
    }

    @Test
    void demoDataIsLoadedOnlyOnTheFirstStart() {
        try (WorkflowApplication first = started()) {
            assertThat(countDefinitions(first)).isEqualTo(3);
        }
        try (WorkflowApplication second = started()) {
            assertThat(countDefinitions(second)).isEqualTo(3);
        }
    }

    @Test
    void snapshotSubcommandPrintsTheCanonicalSnapshot() {
        RunningApp.Output snapshot = RunningApp.run(Map.of(), "snapshot");

        assertThat(snapshot.launch().exitCode()).isZero();
        assertThat(snapshot.launch().application()).isEmpty();
        assertThat(snapshot.out()).isEqualTo(Snapshot.write(ContractRegistry.discover(getClass().getClassLoader())));
    }

    @Test
    void unknownOptionIsAUsageErrorWithoutStackTrace() {
        assertUsageError(RunningApp.run(Map.of(), "--prot"), "Unknown option: '--prot'");
        assertUsageError(RunningApp.run(Map.of(), "--port", "eighty"), "--port");
    }

    @Test
    void tokenNeedsAUserAndAnOrganization() {
        assertUsageError(RunningApp.run(Map.of(), "token", "--roles", "manager", "--data", dataDir.toString()),
                "Missing required options");
    }

    @Test
    void shortSecretsAndBadDurationsAreUsageErrors() {
        assertUsageError(RunningApp.run(Map.of(), "token", "--user", "u", "--org", "o", "--jwt-secret", "short"),
                "at least 32 bytes");
        assertUsageError(RunningApp.run(Map.of(), "token", "--user", "u", "--org", "o", "--ttl", "soon",
                "--data", dataDir.toString()), "not a duration");
        assertUsageError(RunningApp.run(Map.of(), "--db-user", "app", "--data", dataDir.toString()), "need --db");
    }

    private static void assertUsageError(RunningApp.Output output, String message) {
        assertThat(output.launch().exitCode()).isEqualTo(2);
        assertThat(output.launch().application()).isEmpty();
        assertThat(output.out()).isEmpty();
        assertThat(output.err()).contains(message).contains("Usage:").doesNotContain("\tat ").doesNotContain("Exception");
    }

    private WorkflowApplication started() {
        RunningApp.Output output = RunningApp.run(Map.of(), "--port", "0", "--data", dataDir.toString());
        assertThat(output.launch().exitCode()).as(output.err()).isZero();
        return output.launch().application().orElseThrow();
    }

    private static long countDefinitions(WorkflowApplication application) {
        try (var connection = application.runtime().dataSource().getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM workflow_definition")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
