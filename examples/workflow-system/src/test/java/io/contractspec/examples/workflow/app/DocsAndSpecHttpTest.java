package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The application's non-API surface: the docs site at /docs, the OpenAPI document, health and readiness. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsAndSpecHttpTest {

    private static final String RESUME_PAGE = "workflow.instances/workflow.instance.resume.html";

    private RunningApp app;

    @BeforeAll
    void start() {
        app = RunningApp.start();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void docsRedirectToTheIndexThatListsTheResumePage() {
        ApiClient.Reply docs = app.http.get(null, "/docs");
        assertThat(docs.status()).isEqualTo(302);
        assertThat(docs.location()).endsWith("/docs/index.html");
        assertThat(app.http.get(null, "/").location()).endsWith("/docs/index.html");

        ApiClient.Reply index = app.http.get(null, "/docs/index.html");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(index.body()).contains(RESUME_PAGE).contains("workflow.instance.resume");
    }

    @Test
    void servesSpecPagesAndAssetsWithTheirMediaTypes() {
        ApiClient.Reply page = app.http.get(null, "/docs/" + RESUME_PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Workflow is resumed").contains("@example.workflow-system");

        ApiClient.Reply script = app.http.get(null, "/docs/search-index.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
    }

    @Test
    void unknownDocsPageIsANotFoundProblem() {
        ApiClient.Reply missing = app.http.get(null, "/docs/nothing-here.html");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void servesTheOpenApiDocumentWithBearerSecurity() {
        ApiClient.Reply openApi = app.http.get(null, "/openapi.json");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().path("servers").get(0).path("url").asText()).isEqualTo("/api");
        assertThat(openApi.json().path("paths").has("/workflow/instances/{instanceId}/resume")).isTrue();
        assertThat(openApi.json().path("components").path("securitySchemes").toString()).contains("bearer");
    }

    @Test
    void healthAndReadinessAreUp() {
        assertThat(app.http.get(null, "/health").status()).isEqualTo(200);
        ApiClient.Reply ready = app.http.get(null, "/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().get("checks").findValuesAsText("name"))
                .containsExactly("database", "workflow-migrations", "runtime-migrations");
    }
}
