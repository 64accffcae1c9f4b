package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.examples.workflow.WorkflowContracts;
import io.contractspec.graphql.GraphQlSchemas;
import io.contractspec.graphql.GraphQlSurface;
import io.contractspec.rest.RestServer;
import io.contractspec.testing.tools.NodeTools;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The running application's {@code /graphql}: graphql-js and graphql-ws as clients, tokens as on REST. */
class GraphQlAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningApp app;

    @BeforeAll
    static void start() {
        NodeTools.require("graphql");
        NodeTools.require("graphql-ws");
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void graphqlJsBuildsAValidSchemaFromOurSdlAndFromIntrospection() throws IOException {
        Path sdl = Files.createTempFile("workflow", ".graphql");
        Files.writeString(sdl, GraphQlSchemas.sdl(ContractRegistry.builder().module(new WorkflowContracts()).build()));
        NodeTools.Result run = NodeTools.runResource(GraphQlAppTest.class, "/graphql/check-schema.mjs",
                List.of(sdl.toString(), app.application.baseUrl() + "/graphql", app.token(DemoUser.REQUESTER)), Map.of(),
                Duration.ofSeconds(60));
        Files.delete(sdl);
        assertThat(run.succeeded()).as(run.output()).isTrue();
        JsonNode checked = JSON.readTree(run.stdout());
        for (String source : List.of("fromSdl", "fromIntrospection")) {
            JsonNode schema = checked.get(source);
            assertThat(schema.at("/status/isEnum").asBoolean()).as(source).isTrue();
            assertThat(schema.at("/status/name").asText()).isEqualTo("InstanceStatus");
            assertThat(schema.at("/status/values").toString()).contains("\"RUNNING\"", "\"PAUSED\"", "\"TIMEOUT\"");
            assertThat(schema.at("/contextData/name").asText()).isEqualTo("JSONObject");
            assertThat(schema.at("/contextData/isScalar").asBoolean()).isTrue();
            assertThat(schema.at("/steps/name").asText()).isEqualTo("WorkflowStep");
            assertThat(schema.at("/steps/isObject").asBoolean()).isTrue();
            assertThat(schema.at("/resume/0").asText()).isEqualTo("input: PauseResumeInput!");
            assertThat(schema.at("/resumed").asText()).isEqualTo("WorkflowInstance!");
            JsonNode list = schema.get("instanceList");
            assertThat(list.get("name").asText()).isEqualTo("WorkflowInstanceConnection");
            assertThat(list.get("edges").asText()).isEqualTo("[WorkflowInstanceEdge!]!");
            assertThat(list.get("nodes").asText()).isEqualTo("[WorkflowInstance!]!");
            assertThat(list.get("edgeFields").toString()).isEqualTo("[\"cursor: String\",\"node: WorkflowInstance!\"]");
            assertThat(list.get("pageInfo").toString()).isEqualTo("[\"endCursor: String\",\"hasNextPage: Boolean!\"]");
            assertThat(list.get("others").toString()).isEqualTo("[\"total\",\"totalCapped\"]");
        }
        assertThat(checked.get("same").asBoolean()).as("SDL and introspection describe one schema: %s", checked.get("firstDifference")).isTrue();
    }

    @Test
    void aResumeReachesSubscribersOfItsOrganizationOnly() throws IOException {
        NodeTools.Result run = NodeTools.runResource(GraphQlAppTest.class, "/graphql/resume-subscriptions.mjs",
                List.of("ws://localhost:" + app.application.port() + "/graphql", app.token(DemoUser.REQUESTER),
                        app.token("u-other", "org_other", "employee")),
                Map.of(), Duration.ofSeconds(60));
        assertThat(run.succeeded()).as(run.output()).isTrue();
        JsonNode result = JSON.readTree(run.stdout());
        String instanceId = result.get("instanceId").asText();
        // The demo instance was paused while waiting for an approval: resume returns it to WAITING.
        assertThat(result.at("/resumed/data/workflowInstanceResume/status").asText()).isEqualTo("WAITING");
        assertThat(result.at("/event/data/workflowInstanceResumed/status").asText()).isEqualTo("WAITING");
        assertThat(result.at("/event/data/workflowInstanceResumed/id").asText()).as(run.output()).isEqualTo(instanceId);
        assertThat(result.at("/event/data/workflowInstanceResumed/organizationId").asText()).isEqualTo("org_demo");
        assertThat(result.get("otherEvents")).as("the other organization's subscriber got nothing").isEmpty();
    }

    @Test
    void withoutATokenTheRequestIsUnauthenticatedAndHasNoData() throws Exception {
        HttpResponse<String> response = post(null, "{ workflowInstanceGet(input: {instanceId: \"inst-1\"}) { id } }");
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body.has("data")).as(response.body()).isFalse();
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(body.at("/errors/0/extensions/traceId").asText()).isNotEmpty();
    }

    @Test
    void tooDeepAndTooComplexQueriesAreRefusedBeforeRunning() throws Exception {
        String token = app.token(DemoUser.REQUESTER);
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 400; i++) {
            wide.append(" a").append(i).append(": workflowInstanceList { total nodes { id status } }");
        }
        JsonNode complex = JSON.readTree(post(token, wide.append(" }").toString()).body());
        assertThat(complex.has("data")).isFalse();
        assertThat(complex.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(complex.at("/errors/0/message").asText()).isEqualTo(
                "The query selects 2000 fields (its complexity); at most 1000 are allowed.");

        String deep = "{ workflowDefinitionGet(input: {workflowId: \"wf\"}) { steps { id } } }";
        assertThat(JSON.readTree(post(app.application.baseUrl(), token, deep).body()).has("data")).isTrue();
        String secret = JwtSecrets.resolve(null, java.util.Optional.empty(), app.dataDir);
        GraphQlSurface strict = GraphQlSurface.create(app.application.runtime().executor(), config -> config
                .authenticator(Tokens.authenticator(secret))
                .maxDepth(2)
                .subscriberName("graphql-depth-test"));
        try (RestServer server = RestServer.create(app.application.runtime().executor(), config -> config
                .javalin(strict::mount)).start(0)) {
            JsonNode refused = JSON.readTree(post("http://localhost:" + server.port(), token, deep).body());
            assertThat(refused.has("data")).isFalse();
            assertThat(refused.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
            assertThat(refused.at("/errors/0/message").asText()).isEqualTo("The query is 3 levels deep; at most 2 are allowed.");
        }
    }

    private static HttpResponse<String> post(String token, String query) throws Exception {
        return post(app.application.baseUrl(), token, query);
    }

    private static HttpResponse<String> post(String baseUrl, String token, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
