package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import io.contractspec.cli.fixture.NotesExecutorFactory;
import java.net.URI;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} on port 0, called with a real HTTP client and a token from {@code token}, then stopped by interrupting it. */
class ServeCommandTest {

    private static final Pattern PORT = Pattern.compile("http://localhost:(\\d+)/");
    private static final String SECRET = "a-development-secret-of-at-least-32-bytes";

    @TempDir
    Path temp;

    @Test
    void servesTheOperationsTheOpenApiDocumentAndTheDocs() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ContractSpecCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        Thread[] serving = new Thread[1];
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        serving[0] = new Thread(() -> exit.complete(commandLine.execute("serve", "-cp", FIXTURE_CLASSPATH, "--port", "0",
                "--jwt-secret", SECRET, "--executor-factory", NotesExecutorFactory.class.getName())));
        serving[0].start();
        try {
            int port = awaitPort(out, exit);
            HttpClient client = HttpClient.newHttpClient();
            String openApi = get(client, port, "/openapi.json").body();
            assertThat(openApi).contains("\"openapi\"").contains("/notes/note/get/v1.0.0")
                    .contains("\"bearerAuth\"").contains("\"scheme\":\"bearer\"");
            HttpResponse<String> root = get(client, port, "/");
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValue("/docs/index.html");
            assertThat(get(client, port, "/docs/index.html").body()).contains("notes.note.create");
            assertThat(get(client, port, "/docs/nope.html").statusCode()).isEqualTo(404);
            URI note = URI.create("http://localhost:" + port + "/notes/note/get/v1.0.0?id=n-1");
            HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(note).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
            CliRun token = CliRun.of("token", "--user", "u-1", "--org", "o-1", "--jwt-secret", SECRET);
            assertThat(token.exitCode()).as(token.toString()).isZero();
            HttpResponse<String> call = client.send(HttpRequest.newBuilder(note)
                    .header("Authorization", "Bearer " + token.out().strip()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
            assertThat(call.body()).contains("\"tea\"");
            CliRun otherSecret = CliRun.of("token", "--user", "u-1", "--jwt-secret", SECRET + "-other");
            HttpResponse<String> rejected = client.send(HttpRequest.newBuilder(note)
                    .header("Authorization", "Bearer " + otherSecret.out().strip()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rejected.statusCode()).isEqualTo(401);
        } finally {
            serving[0].interrupt();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
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

    private static int awaitPort(StringWriter out, CompletableFuture<Integer> exit) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = PORT.matcher(out.toString());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (exit.isDone()) {
                throw new AssertionError("serve ended early: " + exit.join() + "\n" + out);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("serve did not report its port: " + out);
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
