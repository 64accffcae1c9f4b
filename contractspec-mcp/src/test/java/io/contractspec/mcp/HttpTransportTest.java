package io.contractspec.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The streamable HTTP mount with the SDK's Java client and plain HTTP: calls, idempotency, authentication, sessions. */
class HttpTransportTest {

    private final NotesServer notes = new NotesServer();
    private final RawMcpHttp raw = new RawMcpHttp(notes);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        notes.close();
    }

    @Test
    void aCommandWithTheSameIdempotencyKeyRunsOnce() {
        McpSyncClient client = client("u-1@org-1");
        McpSchema.CallToolRequest create = McpSchema.CallToolRequest.builder("notes_note_create")
                .arguments(Map.of("text", "milk"))
                .meta(Map.of(McpSurface.IDEMPOTENCY_KEY_META, "create-milk-1"))
                .build();

        McpSchema.CallToolResult first = client.callTool(create);
        McpSchema.CallToolResult again = client.callTool(create);

        assertThat(first.isError()).as(first.toString()).isFalse();
        assertThat(again.structuredContent()).isEqualTo(first.structuredContent());
        assertThat(notes.creations).hasValue(1);
        McpSchema.CallToolResult badKey = client.callTool(McpSchema.CallToolRequest.builder("notes_note_create")
                .arguments(Map.of("text", "tea")).meta(Map.of(McpSurface.IDEMPOTENCY_KEY_META, "")).build());
        assertThat(badKey.isError()).isTrue();
        assertThat(text(badKey)).contains("\"code\":\"BAD_REQUEST\"", "idempotencyKey");
        client.closeGracefully();
    }

    @Test
    void declaredErrorsAreProblemDocumentsWithTheirStatus() {
        McpSyncClient client = client("u-1@org-1");

        McpSchema.CallToolResult missing = client.callTool(McpSchema.CallToolRequest.builder("notes_note_get").arguments(Map.of("id", "n-9")).build());

        assertThat(missing.isError()).isTrue();
        JsonNode problem = RawMcpHttp.json(text(missing));
        assertThat(problem.get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("traceId").asText()).isNotBlank();
        client.closeGracefully();
    }

    @Test
    void aRejectedTokenGets401WithTheChallengeAndTheResourceMetadata() throws Exception {
        HttpResponse<String> response = raw.post("revoked", null, RawMcpHttp.INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\", resource_metadata=\""
                + notes.baseUrl() + "/.well-known/oauth-protected-resource/mcp\"");
        assertThat(RawMcpHttp.json(response.body()).get("code").asText()).isEqualTo("UNAUTHENTICATED");
        JsonNode metadata = RawMcpHttp.json(http.send(HttpRequest.newBuilder(URI.create(notes.baseUrl()
                + "/.well-known/oauth-protected-resource/mcp")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(metadata.get("resource").asText()).isEqualTo(notes.baseUrl() + "/mcp");
        assertThat(metadata.get("authorization_servers").get(0).asText()).isEqualTo("https://login.example.com/");
    }

    @Test
    void aSessionAnswersOnlyToWhoOpenedIt() throws Exception {
        String session = raw.open("u-1@org-1");

        assertThat(raw.post("u-2@org-1", session, RawMcpHttp.TOOLS_LIST).statusCode()).isEqualTo(404);
        assertThat(raw.post("u-1@org-2", session, RawMcpHttp.TOOLS_LIST).statusCode()).isEqualTo(404);
        HttpResponse<String> owner = raw.post("u-1@org-1", session, RawMcpHttp.TOOLS_LIST);
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.body()).contains("notes_note_create");
    }

    @Test
    void anIdleSessionExpiresAndTheClientMustInitializeAgain() throws Exception {
        String session = raw.open("u-1@org-1");
        notes.clock.advance(NotesServer.SESSION_TIMEOUT.minusSeconds(1));
        assertThat(raw.post("u-1@org-1", session, RawMcpHttp.TOOLS_LIST).statusCode()).isEqualTo(200);

        notes.clock.advance(NotesServer.SESSION_TIMEOUT);

        assertThat(raw.post("u-1@org-1", session, RawMcpHttp.TOOLS_LIST).statusCode()).isEqualTo(404);
        String fresh = raw.open("u-1@org-1");
        assertThat(raw.post("u-1@org-1", fresh, RawMcpHttp.TOOLS_LIST).statusCode()).isEqualTo(200);
    }

    @Test
    void idleSessionsAreClosedInTheSdkWhenOthersAreUsed() throws Exception {
        String idle = raw.open("u-1@org-1");
        notes.clock.advance(NotesServer.SESSION_TIMEOUT);

        String other = raw.open("u-2@org-1"); // this request sweeps the idle session out of the SDK too

        assertThat(raw.post("u-2@org-1", other, RawMcpHttp.TOOLS_LIST).statusCode()).isEqualTo(200);
        HttpResponse<String> gone = raw.post("u-1@org-1", idle, RawMcpHttp.TOOLS_LIST);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("Session not found"); // the SDK's own answer: it no longer holds the session
    }

    @Test
    void theJavaClientCannotConnectWithoutAToken() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(notes.baseUrl()).endpoint("/mcp").build();
        McpSyncClient anonymous = McpClient.sync(transport).jsonSchemaValidator(new NetworkntSchemaValidator())
                .requestTimeout(Duration.ofSeconds(10)).build();

        assertThatThrownBy(anonymous::initialize).hasStackTraceContaining("McpHttpClientTransportAuthorizationException");
    }

    private McpSyncClient client(String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(notes.baseUrl())
                .endpoint("/mcp").requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token)).build();
        McpSyncClient client = McpClient.sync(transport).jsonSchemaValidator(new NetworkntSchemaValidator())
                .requestTimeout(Duration.ofSeconds(10)).build();
        client.initialize();
        return client;
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
