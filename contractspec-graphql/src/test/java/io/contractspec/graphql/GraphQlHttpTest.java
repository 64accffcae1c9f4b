package io.contractspec.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.rest.RestServer;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.Principal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GraphQL over HTTP against a real server on port 0, with the shop contracts. */
class GraphQlHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Authenticator TOKENS = headers -> headers.first("Authorization")
            .map(value -> value.equals("Bearer alice") ? AuthenticationResult.authenticated(Principal.of("alice", "org-1"))
                    : AuthenticationResult.rejected("The token is not valid.", "Bearer error=\"invalid_token\""))
            .orElse(AuthenticationResult.anonymous());
    private static final String PLACE = "mutation($input: PlaceOrderInput!) { shopOrderPlace(input: $input) "
            + "{ id status quantity address { country } placedAt notes } }";

    private RestServer server;

    @BeforeEach
    void start() {
        GraphQlSurface graphql = GraphQlSurface.create(Shop.executor(), config -> config.authenticator(TOKENS)
                .maxRequestBytes(4096).maxComplexity(30));
        server = RestServer.create(Shop.executor(), config -> config.javalin(graphql::mount)).start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aMutationRunsThroughTheExecutorWithEnumsAndScalarsAsTheContractDefinesThem() throws Exception {
        JsonNode body = JSON.readTree(post("Bearer alice", null, PLACE, Map.of("input", Map.of(
                "address", Map.of("street", "Main 1", "country", "CH"), "quantity", 3, "status", "IN_PROGRESS",
                "placedAt", "2026-01-02T03:04:05Z", "notes", Map.of("gift", true)))).body());
        assertThat(body.at("/data/shopOrderPlace/status").asText()).as(body.toString()).isEqualTo("IN_PROGRESS");
        assertThat(body.at("/data/shopOrderPlace/notes/gift").asBoolean()).isTrue();
        assertThat(body.at("/data/shopOrderPlace/placedAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void aScalarTheContractRejectsIsRefusedWithItsMessageAsValidationFailed() throws Exception {
        HttpResponse<String> response = post("Bearer alice", "application/graphql-response+json", PLACE, Map.of("input", Map.of(
                "address", Map.of("street", "Main 1", "country", "XX"), "quantity", 3)));
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body.has("data")).isFalse();
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(body.at("/errors/0/message").asText()).contains("country", "CountryCode");
    }

    @Test
    void aFailingFieldIsNullWithItsProblemWhileTheOthersStand() throws Exception {
        JsonNode body = JSON.readTree(post(null, null, "{ a: shopOrderGet(input: {id: \"o-1\"}) { id } "
                + "b: shopOrderGet(input: {id: \"o-9\"}) { id } }", Map.of()).body());
        assertThat(body.at("/data/a/id").asText()).isEqualTo("o-1");
        assertThat(body.at("/data/b").isNull()).isTrue();
        assertThat(body.at("/errors/0/path/0").asText()).isEqualTo("b");
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(body.at("/errors/0/extensions/status").asInt()).isEqualTo(404);
        assertThat(body.at("/errors/0/extensions/traceId").asText()).hasSize(32);
        assertThat(body.at("/errors/0/extensions/issues").isArray()).isTrue();
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResult() throws Exception {
        Map<String, Object> variables = Map.of("input", Map.of("address", Map.of("street", "Main 1", "country", "CH"), "quantity", 1));
        HttpRequest.Builder first = request("Bearer alice", null, PLACE, variables).header("Idempotency-Key", "k-1");
        HttpRequest.Builder again = request("Bearer alice", null, PLACE, variables).header("Idempotency-Key", "k-1");
        JsonNode one = JSON.readTree(HTTP.send(first.build(), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode two = JSON.readTree(HTTP.send(again.build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(two.at("/data/shopOrderPlace/id").asText()).isEqualTo(one.at("/data/shopOrderPlace/id").asText());
    }

    @Test
    void aBadTokenIs401WithTheChallenge() throws Exception {
        HttpResponse<String> response = post("Bearer mallory", null, "{ shopOrderGet(input: {id: \"o-1\"}) { id } }", Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        assertThat(JSON.readTree(response.body()).at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void getServesQueriesAndRefusesMutations() throws Exception {
        HttpResponse<String> query = get("{ shopOrderGet(input: {id: \"o-1\"}) { id status } }");
        assertThat(JSON.readTree(query.body()).at("/data/shopOrderGet/status").asText()).isEqualTo("IN_PROGRESS");
        HttpResponse<String> mutation = get("mutation { shopOrderPlace(input: {address: {street: \"a\", country: \"CH\"}, quantity: 1}) { id } }");
        assertThat(mutation.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(mutation.body()).at("/errors/0/extensions/code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void limitsAndMalformedRequestsAreClearErrors() throws Exception {
        HttpResponse<String> tooBig = post(null, null, "{ __typename }" + " ".repeat(5000), Map.of());
        assertThat(tooBig.statusCode()).isEqualTo(413);
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 11; i++) {
            wide.append(" a").append(i).append(": shopOrderGet(input: {id: \"o-1\"}) { id status }");
        }
        JsonNode complex = JSON.readTree(post(null, null, wide.append(" }").toString(), Map.of()).body());
        assertThat(complex.at("/errors/0/message").asText()).isEqualTo("The query selects 33 fields (its complexity); at most 30 are allowed.");
        HttpResponse<String> syntax = post(null, "application/graphql-response+json", "{ shopOrderGet(", Map.of());
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(syntax.body()).at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        HttpResponse<String> text = HTTP.send(HttpRequest.newBuilder(uri()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);
    }

    @Test
    void walkingAConnectionByEndCursorVisitsEveryItemOnce() throws Exception {
        String query = "query($input: ListOrdersInput) { shopOrderList(input: $input) { total nodes { id }"
                + " edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }";
        List<String> seen = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        Map<String, Object> input = Map.of("limit", 2);
        boolean hasNext = true;
        while (hasNext) {
            JsonNode page = JSON.readTree(post(null, null, query, Map.of("input", input)).body()).at("/data/shopOrderList");
            assertThat(page.get("total").asInt()).as(page.toString()).isEqualTo(Shop.ORDERS);
            page.get("nodes").forEach(node -> seen.add(node.get("id").asText()));
            JsonNode edges = page.get("edges");
            assertThat(edges.findValuesAsText("id")).isEqualTo(page.get("nodes").findValuesAsText("id"));
            hasNext = page.at("/pageInfo/hasNextPage").asBoolean();
            JsonNode endCursor = page.at("/pageInfo/endCursor");
            assertThat(edges.get(edges.size() - 1).get("cursor")).isEqualTo(endCursor);
            assertThat(edges.get(0).get("cursor").isNull()).isTrue();
            if (hasNext) {
                cursors.add(endCursor.asText());
                input = Map.of("limit", 2, "cursor", endCursor.asText());
            } else {
                assertThat(endCursor.isNull()).isTrue();
            }
        }
        assertThat(seen).containsExactly("o-1", "o-2", "o-3", "o-4", "o-5");
        assertThat(cursors).containsExactly("after-2", "after-4");
    }

    @Test
    void introspectionCanBeSwitchedOff() throws Exception {
        GraphQlSurface closed = GraphQlSurface.create(Shop.executor(), config -> config.introspection(false)
                .subscriberName("closed"));
        try (RestServer other = RestServer.create(Shop.executor(), config -> config.javalin(closed::mount)).start(0)) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + other.port() + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __schema { types { name } } }\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).contains("errors").doesNotContain("OrderStatus");
        }
    }

    private HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String authorization, String accept, String query, Map<String, Object> variables)
            throws Exception {
        return HTTP.send(request(authorization, accept, query, variables).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String authorization, String accept, String query, Map<String, Object> variables)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request;
    }

    private URI uri() {
        return URI.create("http://localhost:" + server.port() + "/graphql");
    }
}
