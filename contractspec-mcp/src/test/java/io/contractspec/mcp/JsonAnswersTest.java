package io.contractspec.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A session's requests answered with one JSON body; what the SDK's servlet still answers, answered without a stack trace. */
class JsonAnswersTest {

    private static final String USER = "u-1@org-1";
    private final NotesServer notes = new NotesServer();
    private final RawMcpHttp raw = new RawMcpHttp(notes);

    @AfterEach
    void stop() {
        notes.close();
    }

    @Test
    void aToolCallIsAnsweredWithOneJsonBodyOfKnownLength() throws Exception {
        String session = raw.open(USER);

        HttpResponse<String> answer = raw.post(USER, session, "{\"jsonrpc\":\"2.0\",\"id\":\"call-1\",\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"notes_note_create\",\"arguments\":{\"text\":\"milk\"}}}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().getBytes(StandardCharsets.UTF_8).length);
        JsonNode response = RawMcpHttp.json(answer.body());
        assertThat(response.get("id").isTextual()).isTrue();
        assertThat(response.get("id").asText()).isEqualTo("call-1");
        JsonNode result = response.get("result");
        assertThat(result.get("isError").asBoolean()).isFalse();
        assertThat(result.get("structuredContent")).isEqualTo(RawMcpHttp.json("{\"id\":\"n-1\",\"text\":\"milk\"}"));
        assertThat(RawMcpHttp.json(result.get("content").get(0).get("text").asText())).isEqualTo(result.get("structuredContent"));
        assertThat(notes.creations).hasValue(1);
    }

    @Test
    void invalidArgumentsAndUnknownMethodsAreAnsweredAsJsonToo() throws Exception {
        String session = raw.open(USER);

        JsonNode invalid = RawMcpHttp.json(raw.post(USER, session, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"notes_note_create\",\"arguments\":{}}}").body());
        JsonNode unknown = RawMcpHttp.json(raw.post(USER, session, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/nope\"}").body());

        assertThat(invalid.get("id").asInt()).isEqualTo(3);
        assertThat(invalid.get("result").get("isError").asBoolean()).isTrue();
        assertThat(invalid.get("result").get("content").get(0).get("text").asText()).contains("VALIDATION_FAILED", "\"path\":\"text\"");
        assertThat(unknown.get("id").asInt()).isEqualTo(4);
        assertThat(unknown.get("error").get("code").asInt()).isEqualTo(-32601);
    }

    @Test
    void aMalformedBodyGetsAJsonRpcErrorWithoutAStackTrace() throws Exception {
        String session = raw.open(USER);

        HttpResponse<String> answer = raw.post(USER, session, "{\"jsonrpc\":\"2.0\",\"id\":5,");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode error = RawMcpHttp.json(answer.body());
        assertThat(error.get("error").get("code").asInt()).isEqualTo(-32600);
        assertThat(error.get("error").get("message").asText()).startsWith("Invalid message format");
        assertThat(answer.body()).doesNotContain("stackTrace", "java.");
    }

    @Test
    void aClientThatDoesNotAcceptBothIsTurnedAwayAsTheSdkDoes() throws Exception {
        String session = raw.open(USER);

        HttpResponse<String> answer = raw.post(USER, session, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(RawMcpHttp.json(answer.body()).get("error").get("message").asText()).contains("text/event-stream required");
    }
}
