package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.cli.fixture.NotesExecutorFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} on port 0, called with a real HTTP client and a token from {@code token}, then stopped by interrupting it. */
class ServeCommandTest {

    private static final String SECRET = "a-development-secret-of-at-least-32-bytes";

    @TempDir
    Path temp;

    @Test
    void servesTheOperationsTheOpenApiDocumentAndTheDocs() throws Exception {
        try (RunningServe serve = RunningServe.start("serve", "-cp", FIXTURE_CLASSPATH, "--port", "0",
                "--jwt-secret", SECRET, "--executor-factory", NotesExecutorFactory.class.getName())) {
            assertThat(serve.get("/openapi.json", null).body()).contains("\"openapi\"").contains("/notes/note/get/v1.0.0")
                    .contains("\"bearerAuth\"").contains("\"scheme\":\"bearer\"");
            HttpResponse<String> root = serve.get("/", null);
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValue("/docs/index.html");
            assertThat(serve.get("/docs/index.html", null).body()).contains("notes.note.create");
            assertThat(serve.get("/docs/nope.html", null).statusCode()).isEqualTo(404);
            assertThat(serve.get("/studio/data/catalog.json", null).body()).contains("notes.note.create");

            String note = "/notes/note/get/v1.0.0?id=n-1";
            HttpResponse<String> anonymous = serve.get(note, null);
            assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
            CliRun token = CliRun.of("token", "--user", "u-1", "--org", "o-1", "--jwt-secret", SECRET);
            assertThat(token.exitCode()).as(token.toString()).isZero();
            HttpResponse<String> call = serve.get(note, token.out().strip());
            assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
            assertThat(call.body()).contains("\"tea\"");
            CliRun otherSecret = CliRun.of("token", "--user", "u-1", "--jwt-secret", SECRET + "-other");
            assertThat(serve.get(note, otherSecret.out().strip()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void serveAndTokenRefuseAMissingSecretUntilOneIsCreated() {
        String root = temp.toString();
        CliRun serve = CliRun.of("serve", "-cp", FIXTURE_CLASSPATH, "--port", "0", "--project-root", root);
        LoadErrorsTest.assertUsageError(serve, "no JWT secret");
        assertThat(serve.err()).contains("contractspec token --create-secret --user <id>");
        LoadErrorsTest.assertUsageError(CliRun.of("token", "--user", "u-1", "--project-root", root), "no JWT secret");
        assertThat(temp.resolve(".contractspec/jwt-secret")).doesNotExist();
        CliRun created = CliRun.of("token", "--user", "u-1", "--project-root", root, "--create-secret");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.err()).contains("created").contains(".contractspec/jwt-secret");
        assertThat(created.out().strip()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(temp.resolve(".contractspec/jwt-secret")).exists();
        assertThat(CliRun.of("token", "--user", "u-1", "--project-root", root).exitCode()).isZero();
    }

    @Test
    void jwksUrlMustBeAUrl() {
        LoadErrorsTest.assertUsageError(CliRun.of("serve", "-cp", FIXTURE_CLASSPATH, "--port", "0", "--jwks-url", "not a url"),
                "--jwks-url: 'not a url' is not a URL");
    }
}
