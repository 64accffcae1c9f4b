package io.contractspec.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.cli.ToolVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's first project, as a newcomer runs it, every step a separate process in a temporary folder:
 * {@code init} → {@code mvn package} (offline, against this build's artifacts) → {@code ci} passes →
 * {@code serve} + {@code token} → the sample operation answers its example output over HTTP → a
 * breaking edit → {@code ci} exits 1 naming the rule → {@code snapshot} → {@code ci} passes again.
 *
 * <p>It needs the packaged command ({@code target/contractspec.jar}) and the reactor's jars, so it
 * runs in the {@code integration-test} phase ({@code mvn verify}), not with the unit tests.
 */
class FirstProjectJourney {

    /** What bin/contractspec passes to short-lived commands (C1 only, serial GC): they start about a third faster. */
    private static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final Pattern SERVING = Pattern.compile("serving \\d+ operations on http://localhost:(\\d+)/");

    @TempDir
    Path temp;

    @Test
    void fromInitToAServedTestedGovernedApi() throws Exception {
        Path project = temp.resolve("orders");
        ReactorRepository repository = ReactorRepository.create(Path.of(property("contractspec.reactor")),
                ToolVersion.current(), Path.of(property("contractspec.localRepository")), temp);

        assertSucceeds(contractspec(temp, "init", "orders", "--package", "com.acme.orders"));
        assertThat(project.resolve("contracts.lock.json")).exists();
        assertSucceeds(maven(repository, project, "package"));
        assertThat(project.resolve("contracts/target/surefire-reports")).isNotEmptyDirectory();

        Subprocess ci = contractspec(project, "ci");
        assertSucceeds(ci);
        assertThat(ci.out()).contains("ci passed").contains("run through the project's handler modules");

        callTheSampleOperationOverHttp(project);

        Path contract = project.resolve("contracts/src/main/java/com/acme/orders/SampleItemGetOperation.java");
        String source = Files.readString(contract);
        String breaking = source.replace(".required(\"name\", NON_EMPTY_STRING", ".optional(\"name\", NON_EMPTY_STRING");
        assertThat(breaking).isNotEqualTo(source);
        Files.writeString(contract, breaking);
        assertSucceeds(maven(repository, project, "compile"));

        Subprocess broken = contractspec(project, "ci");
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.out()).contains("MadeOutputFieldOptional").contains("ci failed");

        Subprocess snapshot = contractspec(project, "snapshot");
        assertSucceeds(snapshot);
        assertThat(snapshot.out()).isEqualTo("wrote contracts.lock.json (1 specs)\n");
        assertSucceeds(contractspec(project, "ci"));
    }

    private void callTheSampleOperationOverHttp(Path project) throws Exception {
        Process serve = start(project, cli("serve", "--port", "0"));
        try {
            int port = awaitPort(serve);
            Subprocess token = contractspec(project, "token", "--user", "alice");
            assertSucceeds(token);
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sample/item/get/v1.0.0?id=item-1"))
                            .header("Authorization", "Bearer " + token.out().strip()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            ObjectMapper json = new ObjectMapper();
            assertThat(json.readTree(response.body())).isEqualTo(json.readTree("{\"id\": \"item-1\", \"name\": \"First item\"}"));
        } finally {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    /** Reads serve's output until it names its port; the server logs nothing else by default. */
    private static int awaitPort(Process serve) throws Exception {
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
                StringBuilder seen = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher matcher = SERVING.matcher(line);
                    if (matcher.find()) {
                        return Integer.parseInt(matcher.group(1));
                    }
                    seen.append(line).append('\n');
                }
                throw new AssertionError("serve ended without serving:\n" + seen
                        + new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return port.get(60, TimeUnit.SECONDS);
    }

    private static Subprocess contractspec(Path folder, String... args) throws IOException, InterruptedException {
        return Subprocess.run(folder, cli(args));
    }

    private static List<String> cli(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!args[0].equals("serve")) {
            command.addAll(SHORT_RUN);
        }
        command.addAll(List.of("-jar", property("contractspec.cliJar")));
        command.addAll(List.of(args));
        return command;
    }

    private static Subprocess maven(ReactorRepository repository, Path project, String phase) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(property("contractspec.mvn")));
        command.addAll(repository.mavenArguments());
        command.addAll(List.of("-f", "contracts/pom.xml", phase));
        return Subprocess.run(project, command, java.util.Map.of("MAVEN_OPTS", String.join(" ", SHORT_RUN)));
    }

    private static Process start(Path folder, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).start();
        process.getOutputStream().close();
        return process;
    }

    private static void assertSucceeds(Subprocess run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError("system property " + name + " is not set; run this test through Maven (mvn verify)");
        }
        return value;
    }
}
