package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} on port 0, called with a real HTTP client, then stopped by interrupting it. */
class ServeCommandTest {

    private static final Pattern PORT = Pattern.compile("http://localhost:(\\d+)/");

    @Test
    void servesTheOperationsTheOpenApiDocumentAndTheDocs() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ContractSpecCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        Thread[] serving = new Thread[1];
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        serving[0] = new Thread(() -> exit.complete(commandLine.execute("serve", "-cp", FIXTURE_CLASSPATH, "--port", "0")));
        serving[0].start();
        try {
            int port = awaitPort(out, exit);
            HttpClient client = HttpClient.newHttpClient();
            assertThat(get(client, port, "/openapi.json").body()).contains("\"openapi\"").contains("/notes/note/get/v1.0.0");
            assertThat(get(client, port, "/docs/index.html").body()).contains("notes.note.create");
            assertThat(get(client, port, "/docs/nope.html").statusCode()).isEqualTo(404);
            assertThat(get(client, port, "/studio/data/catalog.json").body()).contains("notes.note.create");
            HttpResponse<String> call = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/notes/note/get/v1.0.0?id=n-1"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(call.statusCode()).as(call.body()).isIn(401, 501);
        } finally {
            serving[0].interrupt();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
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
