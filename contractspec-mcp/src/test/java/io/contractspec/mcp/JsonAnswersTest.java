package io.contractspec.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A session's requests answered with one JSON body; what the SDK's servlet still answers, answered without a stack trace. */
class JsonAnswersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BOTH = "application/json, text/event-stream";
    private final NotesServer notes = new NotesServer();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        notes.close();
    }

    @Test
    void aToolCallIsAnsweredWithOneJsonBodyOfKnownLength() throws Exception {
        String session = open();

        HttpResponse<String> answer = post(session, BOTH, "{\"jsonrpc\":\"2.0\",\"id\":\"call-1\",\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"notes_note_create\",\"arguments\":{\"text\":\"milk\"}}}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        JsonNode response = json(answer.body());
        assertThat(response.get("id").isTextual()).isTrue();
        assertThat(response.get("id").asText()).isEqualTo("call-1");
        JsonNode result = response.get("result");
        assertThat(result.get("isError").asBoolean()).isFalse();
        assertThat(result.get("structuredContent")).isEqualTo(json("{\"id\":\"n-1\",\"text\":\"milk\"}"));
        assertThat(json(result.get("content").get(0).get("text").asText())).isEqualTo(result.get("structuredContent"));
        assertThat(notes.creations).hasValue(1);
    }

    @Test
    void invalidArgumentsAndUnknownMethodsAreAnsweredAsJsonToo() throws Exception {
        String session = open();

        JsonNode invalid = json(post(session, BOTH, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"notes_note_create\",\"arguments\":{}}}").body());
        JsonNode unknown = json(post(session, BOTH, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/nope\"}").body());

        assertThat(invalid.get("id").asInt()).isEqualTo(3);
        assertThat(invalid.get("result").get("isError").asBoolean()).isTrue();
        assertThat(invalid.get("result").get("content").get(0).get("text").asText()).contains("VALIDATION_FAILED", "\"path\":\"text\"");
        assertThat(unknown.get("id").asInt()).isEqualTo(4);
        assertThat(unknown.get("error").get("code").asInt()).isEqualTo(-32601);
    }

    @Test
    void aMalformedBodyGetsAJsonRpcErrorWithoutAStackTrace() throws Exception {
        String session = open();

        HttpResponse<String> answer = post(session, BOTH, "{\"jsonrpc\":\"2.0\",\"id\":5,");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode error = json(answer.body());
        assertThat(error.get("error").get("code").asInt()).isEqualTo(-32600);
        assertThat(error.get("error").get("message").asText()).startsWith("Invalid message format");
        assertThat(answer.body()).doesNotContain("stackTrace", "java.");
    }

    @Test
    void aClientThatDoesNotAcceptBothIsTurnedAwayAsTheSdkDoes() throws Exception {
        String session = open();

        HttpResponse<String> answer = post(session, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer.body()).get("error").get("message").asText()).contains("text/event-stream required");
    }

    private String open() throws Exception {
        HttpResponse<String> initialized = post(null, BOTH, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        assertThat(initialized.statusCode()).as(initialized.body()).isEqualTo(200);
        String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(post(session, BOTH, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode()).isEqualTo(202);
        return session;
    }

    private HttpResponse<String> post(String session, String accept, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(notes.baseUrl() + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .header("Authorization", "Bearer u-1@org-1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
