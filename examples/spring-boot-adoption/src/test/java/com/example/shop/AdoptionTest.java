package com.example.shop;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.testing.rest.ConformanceHttp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shop after adopting contracts for reviews: both sides on one port, one OpenAPI document, one kind of error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdoptionTest {

    private static final String ALICE = basic("alice", "alice-pw");
    private static final String MODERATOR = basic("mod", "mod-pw");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ConformanceHttp http() {
        return new ConformanceHttp(port);
    }

    @Test
    void answersAHandWrittenEndpointAndAContractOperationSideBySide() {
        ConformanceHttp.Reply product = http().get("/api/products/1");
        ConformanceHttp.Reply reviews = http().get("/api/products/1/reviews");

        assertThat(product.status()).isEqualTo(200);
        assertThat(product.json().path("name").asText()).isEqualTo("Fountain pen");
        assertThat(reviews.status()).as(reviews.body()).isEqualTo(200);
        assertThat(reviews.json().path("productId").asLong()).isEqualTo(1);
        assertThat(reviews.json().path("reviews").isArray()).isTrue();
    }

    @Test
    void storesAReviewOfTheSignedInCustomerInTheShopsOwnTable() {
        ConformanceHttp.Reply added = http().post("/api/products/2/reviews", "{\"rating\": 5, \"text\": \"Smooth paper.\"}",
                "Authorization", ALICE);

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("author").asText()).isEqualTo("alice");
        long id = added.json().path("id").asLong();
        assertThat(jdbc.sql("SELECT text FROM review WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Smooth paper.");
        assertThat(http().get("/api/products/2/reviews").json().path("reviews").toString()).contains("Smooth paper.");
    }

    @Test
    void answers401ProblemsOnBothSides() {
        ConformanceHttp.Reply anonymousReview = http().post("/api/products/1/reviews", "{\"rating\": 4, \"text\": \"Fine.\"}");
        ConformanceHttp.Reply wrongPassword = http().get("/api/products/1/reviews", "Authorization", basic("alice", "nope"));
        ConformanceHttp.Reply anonymousProduct = http().post("/api/products", "{\"name\": \"Ink\", \"priceCents\": 500}");

        assertProblem(anonymousReview, 401, "UNAUTHENTICATED");
        assertThat(anonymousReview.header("WWW-Authenticate")).contains("Basic realm=\"shop\"");
        assertProblem(wrongPassword, 401, "UNAUTHENTICATED");
        assertProblem(anonymousProduct, 401, "UNAUTHENTICATED");
    }

    @Test
    void answers403ProblemWhenACustomerRemovesAReview() {
        assertProblem(http().method("DELETE", "/api/products/1/reviews/1", "Authorization", ALICE), 403, "FORBIDDEN");
        assertProblem(http().method("DELETE", "/api/products/1/reviews/999", "Authorization", MODERATOR), 404, "REVIEW_NOT_FOUND");
    }

    @Test
    void answers422ProblemNamingEveryInvalidField() {
        JsonNode problem = assertProblem(http().post("/api/products/1/reviews", "{\"rating\": 9, \"text\": \"\"}",
                "Authorization", ALICE), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").findValuesAsText("path")).contains("rating", "text");
    }

    @Test
    void answersADeclaredErrorForAnUnknownProduct() {
        assertProblem(http().post("/api/products/404/reviews", "{\"rating\": 3, \"text\": \"?\"}", "Authorization", ALICE),
                404, "PRODUCT_NOT_FOUND");
    }

    @Test
    void keepsTheHandWrittenEndpointsBeanValidationInTheContractsProblemShape() {
        ConformanceHttp.Reply reply = http().post("/api/products", "{\"name\": \"\", \"priceCents\": 0}", "Authorization", ALICE);

        JsonNode problem = assertProblem(reply, 400, "BAD_REQUEST");
        assertThat(problem.path("detail").asText()).contains("name", "priceCents");
    }

    @Test
    void answersAWrongMethodOnAContractRouteWith405Problem() {
        ConformanceHttp.Reply reply = http().get("/api/products/1/reviews/5");

        assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).contains("DELETE");
    }

    @Test
    void documentsBothSidesInOneOpenApiDocument() {
        JsonNode document = http().get("/openapi.json").json();

        assertThat(document.path("info").path("title").asText()).isEqualTo("Shop API");
        assertThat(document.path("paths").path("/api/products/{id}").path("get").path("x-hand-written").asBoolean()).isTrue();
        assertThat(document.path("paths").path("/api/products").has("post")).isTrue();
        assertThat(document.path("paths").path("/api/products/{productId}/reviews").has("get")).isTrue();
        assertThat(document.path("paths").path("/api/products/{productId}/reviews").has("post")).isTrue();
        assertThat(document.path("components").path("schemas").has("Product")).isTrue();
        assertThat(document.path("components").path("schemas").has("Review")).isTrue();
        assertThat(document.path("components").path("securitySchemes").has("basicAuth")).isTrue();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
