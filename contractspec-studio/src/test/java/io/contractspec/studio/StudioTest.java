package io.contractspec.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.rest.RestServer;
import io.contractspec.runtime.OperationExecutor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Studio mounted on a real REST server (port 0), read with a real HTTP client. */
class StudioTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RestServer server;

    @BeforeAll
    static void start() {
        Studio studio = Studio.builder(NotesContracts.registry()).apiBasePath("/api").title("Notes")
                .baseline(NotesContracts.withoutGet()).build();
        server = RestServer.create(OperationExecutor.builder(NotesContracts.registry()).build(),
                rest -> rest.basePath("/api").javalin(studio::mount)).start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void servesThePageWithAPolicyThatAllowsOnlyThisOrigin() throws Exception {
        HttpResponse<String> page = get("/studio/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "connect-src 'self'"));
        assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\"></script>").doesNotContain("http://", "https://");
        assertThat(get("/studio").statusCode()).isIn(301, 302, 303, 307, 308);
    }

    @Test
    void servesEveryModuleTheAppImportsFromTheJar() throws Exception {
        for (String asset : new String[] {"app.js", "catalog.js", "tryit.js", "workflow.js", "graph.js", "studio.css",
                "vendor/json-schema/index.js", "vendor/json-schema/validate.js"}) {
            HttpResponse<String> response = get("/studio/" + asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.body()).as(asset + " loads nothing from another origin").doesNotContain("https://cdn", "http://cdn");
        }
        assertThat(get("/studio/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    }

    @Test
    void answersNotFoundForAnythingOutsideTheAssets() throws Exception {
        for (String path : new String[] {"/studio/missing.js", "/studio/..%2Fstudio%2FStudio.class", "/studio/Studio.class",
                "/studio/vendor/../app.js", "/studio/data/other.json"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void catalogHoldsEachOperationsSurfacesSchemasDocsAndFindings() throws Exception {
        JsonNode catalog = new ObjectMapper().readTree(get("/studio/data/catalog.json").body());

        assertThat(catalog.path("title").asText()).isEqualTo("Notes");
        assertThat(catalog.path("workflow").asBoolean()).isFalse();
        JsonNode add = find(catalog.path("operations"), "notes.note.add");
        assertThat(add.path("surfaces").path("rest").path("method").asText()).isEqualTo("POST");
        assertThat(add.path("surfaces").path("rest").path("path").asText()).isEqualTo("/api/boards/{boardId}/notes");
        assertThat(add.path("surfaces").path("graphqlField").asText()).isEqualTo("notesNoteAdd");
        assertThat(add.path("surfaces").path("mcpTool").asText()).isEqualTo("notes_note_add");
        assertThat(add.path("schemas").path("input").path("required").toString()).contains("boardId", "text");
        assertThat(add.path("schemas").path("output").path("title").asText()).isEqualTo("Note");
        assertThat(add.path("markdown").asText()).contains("# notes.note.add", "## Goal", "Keep a thought.");
        assertThat(add.path("policy").path("anyRole").toString()).contains("writer");
        assertThat(find(catalog.path("events"), "notes.note.added").path("schemas").path("payload").path("title").asText())
                .isEqualTo("Note");
        assertThat(catalog.path("models").findValuesAsText("name")).contains("AddNoteInput", "Note", "NoteIdInput");
    }

    @Test
    void governanceComparesWithTheBaselineAndFilesFindingsUnderTheirSpec() throws Exception {
        JsonNode catalog = new ObjectMapper().readTree(get("/studio/data/catalog.json").body());
        JsonNode governance = catalog.path("governance");

        assertThat(governance.path("baseline").asBoolean()).isTrue();
        assertThat(governance.path("breaking").findValuesAsText("subject")).contains("notes.note.get@1.0.0");
        assertThat(governance.path("lint").size()).isPositive();
        JsonNode get = find(catalog.path("operations"), "notes.note.get");
        assertThat(get.path("findings").path("breaking").findValuesAsText("subject")).containsOnly("notes.note.get@1.0.0");
        assertThat(get.path("findings").path("lint").findValuesAsText("subject")).containsOnly("notes.note.get@1.0.0");
    }

    private static JsonNode find(JsonNode specs, String key) {
        for (JsonNode spec : specs) {
            if (spec.path("key").asText().equals(key)) {
                return spec;
            }
        }
        throw new AssertionError("no " + key + " in " + specs);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
