package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.mcp.NetworkntSchemaValidator;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The workflow application's {@code /mcp} through the official MCP Java SDK client (streamable
 * HTTP, bearer token from the token subcommand): the same flows the TypeScript SDK test runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpJavaClientTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunningApp app;
    private McpSyncClient requester;

    @BeforeAll
    void start() {
        app = RunningApp.start();
        requester = client(app.token(DemoUser.REQUESTER));
    }

    @AfterAll
    void stop() {
        requester.closeGracefully();
        app.close();
    }

    private McpSyncClient client(String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(app.application.baseUrl())
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client = McpClient.sync(transport)
                .jsonSchemaValidator(new NetworkntSchemaValidator())
                .requestTimeout(Duration.ofSeconds(30))
                .build();
        client.initialize();
        return client;
    }

    @Test
    void initializesWithATokenAndListsEveryOperationAsATool() {
        assertThat(requester.getServerInfo().name()).isEqualTo("contractspec");
        List<McpSchema.Tool> tools = requester.listTools().tools();

        assertThat(tools).hasSize(19);
        McpSchema.Tool resume = tool(tools, "workflow_instance_resume");
        assertThat(resume.description()).contains("Resume a paused workflow instance.", "Goal: Continue workflow execution.");
        assertThat(resume.annotations().readOnlyHint()).isFalse();
        assertThat(resume.annotations().destructiveHint()).isTrue();
        assertThat(resume.outputSchema()).containsEntry("type", "object");
        assertThat(tool(tools, "workflow_instance_list").annotations().readOnlyHint()).isTrue();
        NetworkntSchemaValidator validator = new NetworkntSchemaValidator();
        tools.forEach(tool -> {
            assertThat(validator.validateSchema(tool.inputSchema()).valid()).as(tool.name() + " input").isTrue();
            assertThat(validator.validateSchema(tool.outputSchema()).valid()).as(tool.name() + " output").isTrue();
        });
    }

    @Test
    void listResultIsStructuredAndValidAgainstTheOutputSchema() {
        McpSchema.Tool list = tool(requester.listTools().tools(), "workflow_instance_list");
        McpSchema.CallToolResult result = call(requester, "workflow_instance_list", Map.of("limit", 50));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(new NetworkntSchemaValidator().validate(list.outputSchema(), result.structuredContent()).valid()).isTrue();
        JsonNode structured = MAPPER.valueToTree(result.structuredContent());
        assertThat(structured.get("instances").findValuesAsText("status")).contains("waiting", "paused");
        assertThat(json(text(result))).isEqualTo(structured);
    }

    @Test
    void resumingAPausedInstanceReturnsRunning() {
        publishPolicyException();
        String id = structured(call(requester, "workflow_instance_start", Map.of("workflowKey", "policy-exception")))
                .get("id").asText();
        assertThat(structured(call(requester, "workflow_instance_pause", Map.of("instanceId", id, "reason", "On hold")))
                .get("status").asText()).isEqualTo("paused");

        McpSchema.CallToolResult resumed = call(requester, "workflow_instance_resume",
                Map.of("instanceId", id, "reason", "Issue resolved"));

        assertThat(resumed.isError()).as(text(resumed)).isFalse();
        assertThat(structured(resumed).get("status").asText()).isEqualTo("running");
    }

    @Test
    void invalidInputIsAnErrorListingEveryIssueWithItsPath() {
        McpSchema.CallToolResult result = call(requester, "workflow_instance_start", Map.of("priority", "high", "extra", 1));

        assertThat(result.isError()).isTrue();
        JsonNode problem = json(text(result));
        assertThat(problem.get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("issues").findValuesAsText("path")).contains("workflowKey", "priority", "extra");
    }

    @Test
    void anotherOrganizationsInstanceIsNotFound() {
        String id = structured(call(requester, "workflow_instance_list", Map.of("limit", 1)))
                .get("instances").get(0).get("id").asText();
        McpSyncClient outsider = client(app.token("u-outsider", "org_other", "workflow.admin"));
        try {
            McpSchema.CallToolResult result = call(outsider, "workflow_instance_get", Map.of("instanceId", id));

            assertThat(result.isError()).isTrue();
            assertThat(json(text(result)).get("code").asText()).isEqualTo("NOT_FOUND");
        } finally {
            outsider.closeGracefully();
        }
    }

    @Test
    void withoutATokenTheEndpointAnswers401NamingTheResourceMetadata() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.application.baseUrl() + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        String metadataUrl = app.application.baseUrl() + "/.well-known/oauth-protected-resource/mcp";
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer resource_metadata=\"" + metadataUrl + "\"");
        JsonNode metadata = app.http.get(null, "/.well-known/oauth-protected-resource/mcp").json();
        assertThat(metadata.get("resource").asText()).isEqualTo(app.application.baseUrl() + "/mcp");
    }

    @Test
    void resourcesListTheDocsPagesAndTheResumePageReads() {
        List<String> uris = requester.listResources().resources().stream().map(McpSchema.Resource::uri).toList();
        assertThat(uris).contains("contractspec://specs/workflow.instance.resume/1.0.0", "contractspec://snapshot",
                "contractspec://schemas/WorkflowInstance");

        McpSchema.ReadResourceResult page = requester.readResource(
                McpSchema.ReadResourceRequest.builder("contractspec://specs/workflow.instance.resume/1.0.0").build());

        String markdown = ((McpSchema.TextResourceContents) page.contents().get(0)).text();
        assertThat(markdown).contains("workflow.instance.resume", "Resume a paused workflow instance.", "Continue workflow execution.");
        assertThat(requester.listPrompts().prompts()).extracting(McpSchema.Prompt::name)
                .contains("workflow_instances", "workflow_approvals", "workflow_definitions");
    }

    /** The demo's policy exception starts with a task step (running) but is a draft: the admin publishes it. */
    private void publishPolicyException() {
        McpSyncClient admin = client(app.token(DemoUser.ADMIN));
        try {
            JsonNode definitions = structured(call(admin, "workflow_definition_list", Map.of("limit", 50))).get("workflows");
            for (JsonNode definition : definitions) {
                if (definition.get("key").asText().equals("policy-exception") && definition.get("status").asText().equals("draft")) {
                    structured(call(admin, "workflow_definition_publish", Map.of("workflowId", definition.get("id").asText())));
                }
            }
        } finally {
            admin.closeGracefully();
        }
    }

    private static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    private static McpSchema.Tool tool(List<McpSchema.Tool> tools, String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError("no tool " + name + " in " + tools.stream().map(McpSchema.Tool::name).toList()));
    }

    private static JsonNode structured(McpSchema.CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isFalse();
        return MAPPER.valueToTree(result.structuredContent());
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
