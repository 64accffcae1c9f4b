package io.contractspec.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.mcp.NetworkntSchemaValidator;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.Principal;
import io.javalin.Javalin;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A tool that reports progress before it answers: the answer the gateway would send as one JSON
 * body becomes an SSE stream, the progress first and the answer last, and the SDK's client gets both.
 */
class JsonAnswerStreamTest {

    private static final String BOTH = "application/json, text/event-stream";
    private static final Authenticator EVERYONE = headers -> AuthenticationResult.authenticated(
            new Principal("u-1", "org-1", Set.of(), Set.of()));

    private final McpSyncServer server;
    private final Javalin app;

    JsonAnswerStreamTest() {
        TrackedTransport transport = new TrackedTransport(HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(TypedMcpMapper.INSTANCE).mcpEndpoint("/mcp").build());
        server = McpServer.sync(transport)
                .jsonMapper(TypedMcpMapper.INSTANCE)
                .jsonSchemaValidator(new NetworkntSchemaValidator())
                .immediateExecution(true)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(SyncToolSpecification.builder()
                        .tool(McpSchema.Tool.builder().name("slow").inputSchema(Map.of("type", "object")).build())
                        .callHandler((exchange, request) -> {
                            exchange.progressNotification(new McpSchema.ProgressNotification("p-1", 0.5, 1.0, "halfway", null));
                            return McpSchema.CallToolResult.builder().addTextContent("done").isError(false).build();
                        })
                        .build())
                .build();
        HttpGateway gateway = new HttpGateway(transport, EVERYONE, new HttpSessions(Duration.ofMinutes(5), Clock.systemUTC()),
                "/.well-known/oauth-protected-resource/mcp");
        app = Javalin.create(config -> config.jetty.modifyServletContextHandler(context -> {
            ServletHolder holder = new ServletHolder(gateway);
            holder.setAsyncSupported(true);
            context.addServlet(holder, "/mcp");
        })).start(0);
    }

    @AfterEach
    void stop() {
        server.close();
        app.stop();
    }

    @Test
    void progressBeforeTheAnswerTurnsTheBodyIntoAnSseStream() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> initialized = http.send(post(null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}"),
                HttpResponse.BodyHandlers.ofString());
        String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();

        HttpResponse<String> answer = http.send(post(session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"slow\",\"arguments\":{},\"_meta\":{\"progressToken\":\"p-1\"}}}"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<String> events = List.of(answer.body().split("\n\n"));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).startsWith("event: message\ndata: ").contains("\"method\":\"notifications/progress\"", "halfway");
        assertThat(events.get(1)).startsWith("event: message\ndata: ").contains("\"id\":2", "\"text\":\"done\"");
    }

    @Test
    void theSdkClientGetsTheProgressAndTheAnswer() {
        List<String> progress = new CopyOnWriteArrayList<>();
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + app.port())
                        .endpoint("/mcp").build())
                .jsonSchemaValidator(new NetworkntSchemaValidator())
                .progressConsumer(notification -> progress.add(notification.message()))
                .requestTimeout(Duration.ofSeconds(10))
                .build();
        client.initialize();

        McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("slow")
                .arguments(Map.of()).meta(Map.of("progressToken", "p-1")).build());

        assertThat(((McpSchema.TextContent) result.content().get(0)).text()).isEqualTo("done");
        assertThat(progress).containsExactly("halfway");
        client.closeGracefully();
    }

    private HttpRequest post(String session, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/mcp"))
                .header("Content-Type", "application/json").header("Accept", BOTH)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return request.build();
    }
}
