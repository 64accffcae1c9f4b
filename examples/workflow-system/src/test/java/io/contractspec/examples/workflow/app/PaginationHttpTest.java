package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that knows nothing of the contract walks every page of the instances: over REST by
 * following {@code Link: <…>; rel="next"}, over GraphQL through the connection's {@code pageInfo}.
 * Both see each instance of one big page exactly once, in its order.
 */
class PaginationHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");
    private static RunningApp app;
    private static String token;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        token = app.token(DemoUser.REQUESTER);
        for (int i = 0; i < 3; i++) {
            ApiClient.Reply started = app.http.post(token, "/api/workflow/instances", "{workflowKey: 'expense-approval'}");
            assertThat(started.status()).as(started.toString()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void followingLinkHeadersVisitsEveryInstanceOnce() {
        JsonNode whole = app.http.get(token, "/api/workflow/instances?limit=100").json();
        assertThat(whole.has("nextCursor")).as("the demo fits one page of 100").isFalse();
        List<String> expected = whole.get("instances").findValuesAsText("id");
        assertThat(expected).hasSizeGreaterThan(4);

        List<String> seen = new ArrayList<>();
        int pages = 0;
        String next = "/api/workflow/instances?limit=2";
        while (next != null) {
            ApiClient.Reply page = app.http.get(token, next);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(page.json().get("instances").findValuesAsText("id"));
            assertThat(page.json().get("total").asInt()).isEqualTo(expected.size());
            Matcher link = NEXT.matcher(page.header("Link").orElse(""));
            assertThat(link.matches()).as("a Link on every page but the last: %s", page.headers().map())
                    .isEqualTo(page.json().has("nextCursor"));
            next = link.matches() ? link.group(1) : null;
            pages++;
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(pages).isEqualTo((expected.size() + 1) / 2);
    }

    @Test
    void walkingTheGraphQlConnectionVisitsEveryInstanceOnce() throws Exception {
        List<String> expected = app.http.get(token, "/api/workflow/instances?limit=100").json()
                .get("instances").findValuesAsText("id");

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            JsonNode connection = query(after).at("/data/workflowInstanceList");
            assertThat(connection.isObject()).as(connection.toString()).isTrue();
            connection.get("nodes").forEach(node -> seen.add(node.get("id").asText()));
            JsonNode edges = connection.get("edges");
            assertThat(edges.findValuesAsText("id")).isEqualTo(connection.get("nodes").findValuesAsText("id"));
            assertThat(connection.get("total").asInt()).isEqualTo(expected.size());
            assertThat(connection.get("totalCapped").asBoolean()).isFalse();
            hasNext = connection.at("/pageInfo/hasNextPage").asBoolean();
            after = connection.at("/pageInfo/endCursor").textValue();
            assertThat(after != null).isEqualTo(hasNext);
            if (hasNext) {
                assertThat(edges.get(edges.size() - 1).get("cursor").asText()).isEqualTo(after);
            }
        }
        assertThat(seen).isEqualTo(expected);
    }

    private static JsonNode query(String after) throws Exception {
        ObjectNode input = JSON.createObjectNode().put("limit", 2);
        if (after != null) {
            input.put("cursor", after);
        }
        ObjectNode body = JSON.createObjectNode().put("query", "query($input: ListInstancesInput) {"
                + " workflowInstanceList(input: $input) { total totalCapped nodes { id }"
                + " edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }");
        body.putObject("variables").set("input", input);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.application.baseUrl() + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
