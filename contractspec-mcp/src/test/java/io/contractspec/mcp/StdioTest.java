package io.contractspec.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.runtime.Principal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link McpStdio} in-process: newline-delimited JSON-RPC in, answers out, calls as the process's principal. */
class StdioTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void servesTheSessionAsItsPrincipalUntilTheInputEnds() throws Exception {
        NotesServer notes = new NotesServer();
        notes.close(); // only its executor is used here
        PipedOutputStream clientOut = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream();
        BufferedReader clientIn = new BufferedReader(new InputStreamReader(new PipedInputStream(serverOut, 1 << 16), StandardCharsets.UTF_8));
        CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
            try {
                McpStdio.serve(McpSurface.create(notes.executor), Principal.of("u-1", "org-1"), serverIn, serverOut);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        send(clientOut, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        assertThat(read(clientIn).at("/result/serverInfo/name").asText()).isEqualTo("contractspec");
        send(clientOut, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        send(clientOut, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"notes_note_create\","
                + "\"arguments\":{\"text\":\"milk\"}}}");
        JsonNode created = read(clientIn);
        send(clientOut, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"notes_note_create\","
                + "\"arguments\":{\"text\":\"\"}}}");
        JsonNode invalid = read(clientIn);
        clientOut.close();

        assertThat(created.at("/result/isError").asBoolean()).isFalse();
        assertThat(created.at("/result/structuredContent/text").asText()).isEqualTo("milk");
        assertThat(invalid.at("/result/isError").asBoolean()).isTrue();
        assertThat(MAPPER.readTree(invalid.at("/result/content/0/text").asText()).at("/issues/0/path").asText()).isEqualTo("text");
        served.get(10, TimeUnit.SECONDS);
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static JsonNode read(BufferedReader in) throws IOException {
        return MAPPER.readTree(in.readLine());
    }
}
