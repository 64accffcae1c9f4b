package io.contractspec.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.rest.RestServer;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code /studio/events}: only a signed-in user gets a stream, and only their organization's events. */
@Timeout(30)
class StudioEventsTest {

    /** "Bearer <user>@<organization>" signs in; anything else is rejected. */
    private static final Authenticator USERS = headers -> headers.first("Authorization")
            .filter(value -> value.startsWith("Bearer ") && value.contains("@"))
            .map(value -> value.substring("Bearer ".length()).split("@"))
            .map(parts -> AuthenticationResult.authenticated(Principal.of(parts[0], parts[1])))
            .orElseGet(() -> AuthenticationResult.rejected("no such user", "Bearer"));

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Studio studio;
    private static RestServer server;

    @BeforeAll
    static void start() {
        studio = Studio.builder(NotesContracts.registry()).liveEvents(USERS).build();
        server = RestServer.create(OperationExecutor.builder(NotesContracts.registry()).build(),
                rest -> rest.javalin(studio::mount)).start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void refusesAStreamWithoutAValidToken() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(request(null).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> rejected = HTTP.send(request("nobody").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("UNAUTHENTICATED");
        assertThat(rejected.statusCode()).isEqualTo(401);
    }

    @Test
    void sendsEachUserTheEventsOfTheirOrganizationOnly() throws Exception {
        HttpResponse<InputStream> response = HTTP.send(request("ann@org-a").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo(": connected");
            studio.events().onEvent(envelope("e-other", "org-b"));
            studio.events().onEvent(envelope("e-mine", "org-a"));

            String event = lines.readLine();
            String data = lines.readLine();
            assertThat(event).isEqualTo("event: " + StudioEvents.EVENT_NAME);
            assertThat(data).startsWith("data: ").contains("\"id\":\"e-mine\"", "\"key\":\"notes.note.added\"")
                    .doesNotContain("e-other");
        }
    }

    @Test
    void aStudioWithoutLiveEventsHasNoStream() {
        Studio plain = Studio.of(NotesContracts.registry());

        assertThat(plain.catalogJson()).contains("\"liveEvents\":false");
        assertThat(studio.catalogJson()).contains("\"liveEvents\":true");
        org.assertj.core.api.Assertions.assertThatThrownBy(plain::events).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("liveEvents");
    }

    private static EventEnvelope envelope(String id, String organization) {
        return new EventEnvelope(id, "notes.note.added", "1.0.0", Instant.parse("2026-01-01T00:00:00Z"), "trace", "ann",
                organization, JsonNodeFactory.instance.objectNode().put("id", "n1").put("text", "hello"));
    }

    private static HttpRequest.Builder request(String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/studio/events"))
                .header("Accept", "text/event-stream");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }
}
