package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 7: security headers, a bind address that defaults to the loopback interface,
 * the database password kept off the command line, and an embedded database only its owner reads.
 */
class HardeningHttpTest {

    @TempDir
    Path temp;

    @Test
    void answersForbidSniffingApiAnswersForbidCachingAndDocsForbidFraming() {
        try (RunningApp app = RunningApp.start()) {
            String user = app.token("u-requester", "employee");
            ApiClient.Reply api = app.http.get(user, "/api/workflow/definitions");
            ApiClient.Reply problem = app.http.get(null, "/api/workflow/definitions");
            ApiClient.Reply page = app.http.get(null, "/docs/index.html");
            ApiClient.Reply redirect = app.http.get(null, "/docs");

            for (ApiClient.Reply reply : new ApiClient.Reply[] {api, problem}) {
                assertThat(reply.header("X-Content-Type-Options")).as(reply.toString()).contains("nosniff");
                assertThat(reply.header("Cache-Control")).as(reply.toString()).contains("no-store");
            }
            assertThat(page.status()).isEqualTo(200);
            for (ApiClient.Reply reply : new ApiClient.Reply[] {page, redirect}) {
                assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
                assertThat(reply.header("X-Frame-Options")).contains("DENY");
                assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            }
        }
    }

    @Test
    void listensOnTheLoopbackInterfaceUnlessABindAddressIsGiven() {
        try (RunningApp app = RunningApp.start()) {
            assertThat(app.application.host()).isEqualTo("127.0.0.1");
        }
        RunningApp.Output everywhere = RunningApp.run(Map.of(), "--port", "0", "--bind", "0.0.0.0",
                "--data", temp.resolve("everywhere").toString());
        assertThat(everywhere.launch().exitCode()).as(everywhere.err()).isZero();
        try (WorkflowApplication application = everywhere.launch().application().orElseThrow()) {
            assertThat(application.host()).isEqualTo("0.0.0.0");
            assertThat(new ApiClient(application.baseUrl()).get(null, "/health").status()).isEqualTo(200);
        }
    }

    @Test
    void theEmbeddedDatabaseFileIsReadableByItsOwnerOnly() throws IOException {
        try (RunningApp app = RunningApp.start(temp.resolve("data"))) {
            Path file = app.dataDir.resolve(OwnerOnlyFiles.DATABASE_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(app.http.get(app.token("u-admin", "workflow.admin"), "/api/workflow/definitions").json()
                    .get("total").asInt()).as("the demo data is there").isPositive();
        }
    }

    @Test
    void theDatabasePasswordComesFromAFileOrTheEnvironment() throws IOException {
        Path file = Files.writeString(temp.resolve("db-password"), "from-file\nignored\n");
        Map<String, String> environment = Map.of(DatabasePasswords.ENVIRONMENT_VARIABLE, "from-environment");

        assertThat(DatabasePasswords.resolve(null, file, environment)).contains("from-file");
        assertThat(DatabasePasswords.resolve(null, null, environment)).contains("from-environment");
        assertThat(DatabasePasswords.resolve("from-option", null, environment)).contains("from-option");
        assertThat(DatabasePasswords.resolve(null, null, Map.of())).isEmpty();

        RunningApp.Output missing = RunningApp.run(Map.of(), "--port", "0", "--data", temp.toString(),
                "--db", "jdbc:postgresql://127.0.0.1:5432/test", "--db-password-file", temp.resolve("nope").toString());
        assertThat(missing.launch().exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--db-password-file: no file");
    }
}
