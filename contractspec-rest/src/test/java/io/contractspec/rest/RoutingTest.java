package io.contractspec.rest;

import io.contractspec.testing.rest.ConformanceHttp;
import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(config -> config.basePath("/api/"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void servesQueriesWithGetOnTheirDefaultRoute() {
        ConformanceHttp.Reply reply = app.http.get("/api/test/items/list/v1.0.0");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("input").isObject()).isTrue();
    }

    @Test
    void servesCommandsWithPostOnTheirDefaultRouteWithTheirSuccessStatus() {
        ConformanceHttp.Reply reply = app.http.post("/api/test/items/create/v1.0.0", "{\"name\": \"pen\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("name").asText()).isEqualTo("pen");
    }

    @Test
    void servesAnOverriddenRouteUnderTheBasePathAndNotAtTheDefaultRoute() {
        assertThat(app.http.get("/api/items/7").status()).isEqualTo(200);
        assertProblem(app.http.get("/api/test/items/get/v1.0.0?itemId=7"), 404, "NOT_FOUND");
    }

    @Test
    void answersAnUnknownRouteWith404Problem() {
        assertProblem(app.http.get("/api/no/such/route/v1.0.0"), 404, "NOT_FOUND");
        assertProblem(app.http.get("/api/test/items/list/v9.9.9"), 404, "NOT_FOUND");
    }

    @Test
    void answersAWrongMethodWith405ProblemAndAllow() {
        ConformanceHttp.Reply reply = app.http.method("DELETE", "/api/test/items/create/v1.0.0");

        assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).contains("POST");
    }

    @Test
    void answersGetOnACommandRouteWith405() {
        ConformanceHttp.Reply reply = app.http.get("/api/items/7/archive");

        assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).contains("POST");
    }

    @Test
    void servesTheOpenApiDocumentOfItsRoutes() {
        ConformanceHttp.Reply reply = app.http.get("/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().toString()).isEqualTo(app.server.openApi().toString());
        assertThat(reply.json().path("servers").get(0).path("url").asText()).isEqualTo("/api");
        assertThat(reply.json().path("paths").has("/items/{itemId}")).isTrue();
        assertThat(reply.json().path("paths").has("/test/items/list/v1.0.0")).isTrue();
    }

    @Test
    void servesRoutesAddedThroughTheJavalinHook() {
        try (TestApp docs = TestApp.start(config -> config.javalin(javalin ->
                javalin.routes.get("/docs", ctx -> ctx.contentType("text/html").result("<h1>Docs</h1>"))))) {
            ConformanceHttp.Reply page = docs.http.get("/docs");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).isEqualTo("<h1>Docs</h1>");
            assertProblem(docs.http.get("/docs/missing"), 404, "NOT_FOUND");
            assertThat(docs.http.get("/test/items/list/v1.0.0").status()).isEqualTo(200);
        }
    }

    @Test
    void servesHealthOutsideTheBasePath() {
        ConformanceHttp.Reply reply = app.http.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("UP");
    }
}
