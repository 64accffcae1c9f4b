package io.contractspec.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.rest.TestRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiExporterTest {

    private static final ContractRegistry REGISTRY = TestRegistry.registry();
    private static final ObjectNode DOCUMENT = OpenApiExporter.export(REGISTRY,
            OpenApiOptions.builder().title("Items").version("2.0.0").server("https://api.example.com").build());

    private static JsonNode operation(String method, String path) {
        JsonNode operation = DOCUMENT.path("paths").path(path).path(method);
        assertThat(operation.isObject()).as(method + " " + path).isTrue();
        return operation;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void isAnOpenApi31DocumentThatSwaggerParserAcceptsWithoutMessages() {
        assertThat(DOCUMENT.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(DOCUMENT.path("info").path("title").asText()).isEqualTo("Items");
        assertThat(DOCUMENT.path("servers").get(0).path("url").asText()).isEqualTo("https://api.example.com");
        assertThat(OpenApiCheck.parserMessages(DOCUMENT)).isEmpty();
    }

    @Test
    void givesTheSameBytesEveryTime() {
        ObjectNode again = OpenApiExporter.export(REGISTRY,
                OpenApiOptions.builder().title("Items").version("2.0.0").server("https://api.example.com").build());

        assertThat(again.toString()).isEqualTo(DOCUMENT.toString());
    }

    @Test
    void hasValidExamplesOnly() {
        List<OpenApiCheck.ExampleSite> examples = OpenApiCheck.examples(DOCUMENT);

        assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
        assertThat(OpenApiCheck.exampleErrors(examples)).isEmpty();
    }

    @Test
    void takesOperationIdsFromTheSharedNamingScheme() {
        assertThat(operation("get", "/items/{itemId}").path("operationId").asText()).isEqualTo("testItemsGet");
        assertThat(operation("post", "/test/items/create/v1.0.0").path("operationId").asText())
                .isEqualTo("testItemsCreate");
    }

    @Test
    void pointsServedDocumentsAtTheBasePathAndKeepsPathsRelative() {
        ObjectNode served = OpenApiExporter.export(REGISTRY, OpenApiOptions.builder().basePath("/api/").build());

        assertThat(served.path("servers").toString()).isEqualTo("[{\"url\":\"/api\"}]");
        assertThat(served.path("paths").has("/items/{itemId}")).isTrue();
        assertThat(OpenApiExporter.export(REGISTRY, OpenApiOptions.defaults()).path("servers").toString())
                .isEqualTo("[{\"url\":\"/\"}]");
    }

    @Test
    void writesContactAndLicenseIntoInfo() {
        ObjectNode document = OpenApiExporter.export(REGISTRY, OpenApiOptions.builder().description("Items.")
                .contact(OpenApiOptions.Contact.of("Team", "https://example.com", null))
                .license(OpenApiOptions.License.spdx("Apache 2.0", "Apache-2.0")).build());

        assertThat(document.path("info").toString()).isEqualTo("{\"title\":\"ContractSpec API\",\"description\":\"Items.\","
                + "\"contact\":{\"name\":\"Team\",\"url\":\"https://example.com\"},"
                + "\"license\":{\"name\":\"Apache 2.0\",\"identifier\":\"Apache-2.0\"},\"version\":\"1.0.0\"}");
    }

    @Test
    void keepsOnlyComponentSchemasThatThePathsUse() {
        JsonNode schemas = DOCUMENT.path("components").path("schemas");
        String paths = DOCUMENT.path("paths").toString();

        names(schemas).forEach(name -> assertThat(paths.contains("#/components/schemas/" + name)
                || DOCUMENT.path("components").toString().contains("\"#/components/schemas/" + name + "\""))
                .as(name).isTrue());
    }

    @Test
    void opensFreeFormObjectsAndNotesDefaultsInTheDescription() {
        ObjectNode document = OpenApiExporter.export(REGISTRY, OpenApiOptions.defaults());
        JsonNode echo = document.path("components").path("schemas").path("Echo").path("properties").path("input");
        JsonNode limit = operation("get", "/test/items/list/v1.0.0").path("parameters").get(0);

        assertThat(echo.path("additionalProperties").asBoolean()).isTrue();
        assertThat(limit.path("schema").path("default").asInt()).as("a parameter keeps its default").isEqualTo(20);
        assertThat(document.toString()).doesNotContain("x-contractspec-partial-examples");
    }

    @Test
    void keepsSuccessExamplesThatAreAlreadyComplete() {
        JsonNode example = operation("post", "/test/items/create/v1.0.0").path("responses").path("201")
                .path("content").path("application/json").path("examples").path("create-pen").path("value");

        assertThat(example.path("id").asInt()).isEqualTo(1);
        assertThat(example.path("name").asText()).isEqualTo("pen");
    }

    @Test
    void refersRequestBodiesToNamedSchemas() {
        DOCUMENT.path("paths").forEach(item -> item.forEach(operation -> {
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                assertThat(schema.path("$ref").asText()).as(operation.path("operationId").asText())
                        .startsWith("#/components/schemas/");
            }
        }));
    }

    @Test
    void documentsQueryInputAsParametersNotAsABody() {
        JsonNode list = operation("get", "/test/items/list/v1.0.0");

        assertThat(list.has("requestBody")).isFalse();
        assertThat(list.path("parameters").findValuesAsText("name"))
                .containsExactly("limit", "tags", "active", "status", "minPrice", "filter");
        JsonNode limit = list.path("parameters").get(0);
        assertThat(limit.path("in").asText()).isEqualTo("query");
        assertThat(limit.path("required").asBoolean()).isFalse();
        assertThat(limit.path("schema").path("maximum").asInt()).isEqualTo(100);
        assertThat(list.path("parameters").get(1).path("schema").path("type").asText()).isEqualTo("array");
        assertThat(list.path("parameters").get(5).path("content").has("application/json")).isTrue();
    }

    @Test
    void documentsPathParametersAsRequiredWithTheirFieldSchema() {
        JsonNode parameter = operation("get", "/items/{itemId}").path("parameters").get(0);

        assertThat(parameter.path("name").asText()).isEqualTo("itemId");
        assertThat(parameter.path("in").asText()).isEqualTo("path");
        assertThat(parameter.path("required").asBoolean()).isTrue();
        assertThat(parameter.path("schema").path("type").asText()).isEqualTo("integer");
        assertThat(parameter.path("examples").path("get-item").path("value").asInt()).isEqualTo(7);
    }

    @Test
    void documentsCommandBodiesWithTheirInputModelAndValidExamples() {
        JsonNode create = operation("post", "/test/items/create/v1.0.0");
        JsonNode media = create.path("requestBody").path("content").path("application/json");

        assertThat(create.path("requestBody").path("required").asBoolean()).isTrue();
        assertThat(media.path("schema").path("$ref").asText()).isEqualTo("#/components/schemas/CreateItemInput");
        assertThat(names(media.path("examples"))).containsExactly("create-pen");
        assertThat(create.path("parameters").findValuesAsText("name")).containsExactly("Idempotency-Key");
    }

    @Test
    void leavesFieldsSentInThePathOrHeadersOutOfTheBody() {
        JsonNode archive = operation("post", "/items/{itemId}/archive");
        JsonNode schema = archive.path("requestBody").path("content").path("application/json").path("schema");

        assertThat(names(schema.path("properties"))).isEmpty();
        assertThat(schema.has("required")).isFalse();
        assertThat(archive.path("requestBody").path("required").asBoolean()).isFalse();
        assertThat(archive.path("parameters").findValuesAsText("name"))
                .containsExactly("itemId", "X-Archive-Reason", "Idempotency-Key");
    }

    @Test
    void listsTheSuccessAndEveryErrorThatCanOccur() {
        assertThat(names(operation("get", "/test/items/list/v1.0.0").path("responses")))
                .containsExactly("200", "400", "422", "500");
        assertThat(names(operation("post", "/test/items/create/v1.0.0").path("responses")))
                .containsExactly("201", "400", "409", "413", "415", "422", "500");
        assertThat(names(operation("get", "/items/{itemId}").path("responses")))
                .containsExactly("200", "400", "404", "422", "500");
        assertThat(names(operation("post", "/test/items/purge/v1.0.0").path("responses")))
                .containsExactly("200", "400", "401", "403", "409", "413", "415", "500");
        assertThat(names(operation("get", "/test/limited/ping/v1.0.0").path("responses")))
                .containsExactly("200", "400", "429", "500");
        assertThat(names(operation("get", "/test/beta/ping/v1.0.0").path("responses")))
                .containsExactly("200", "400", "403", "500");
    }

    @Test
    void describesErrorsWithTheSharedProblemSchemaAndHeaders() {
        JsonNode responses = operation("get", "/test/limited/ping/v1.0.0").path("responses");
        JsonNode tooMany = responses.path("429");

        assertThat(tooMany.path("content").path("application/problem+json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(tooMany.path("headers").has("Retry-After")).isTrue();
        assertThat(tooMany.path("description").asText()).contains("RATE_LIMITED").contains("1 calls per minute");
        assertThat(responses.path("200").path("headers").path("X-Trace-Id").path("$ref").asText())
                .isEqualTo("#/components/headers/X-Trace-Id");
        assertThat(DOCUMENT.path("components").path("schemas").has("Problem")).isTrue();
    }

    @Test
    void putsSucceedingAndFailingExamplesOnTheirResponses() {
        JsonNode responses = operation("get", "/items/{itemId}").path("responses");

        assertThat(responses.path("200").path("content").path("application/json").path("examples")
                .path("get-item").path("value").path("id").asInt()).isEqualTo(7);
        JsonNode notFound = responses.path("404").path("content").path("application/problem+json").path("examples")
                .path("get-missing").path("value");
        assertThat(notFound.path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(notFound.path("status").asInt()).isEqualTo(404);
        JsonNode invalid = operation("post", "/test/items/create/v1.0.0").path("responses").path("422").path("content")
                .path("application/problem+json").path("examples").path("create-nameless").path("value");
        assertThat(invalid.path("issues").get(0).path("path").asText()).isEqualTo("name");
    }

    @Test
    void marksDeprecatedOperationsAndDocumentsSecurity() {
        JsonNode archive = operation("post", "/items/{itemId}/archive");
        JsonNode list = operation("get", "/test/items/list/v1.0.0");

        assertThat(archive.path("deprecated").asBoolean()).isTrue();
        assertThat(list.has("deprecated")).isFalse();
        assertThat(archive.path("security").toString()).isEqualTo("[{\"bearerAuth\":[]}]");
        assertThat(list.path("security").toString()).isEqualTo("[{},{\"bearerAuth\":[]}]");
        assertThat(DOCUMENT.path("components").path("securitySchemes").path("bearerAuth").toString())
                .isEqualTo("{\"type\":\"http\",\"scheme\":\"bearer\",\"bearerFormat\":\"JWT\"}");
    }

    @Test
    void carriesContractMetadataAndTags() {
        JsonNode archive = operation("post", "/items/{itemId}/archive");
        JsonNode metadata = archive.path("x-contractspec");

        assertThat(metadata.path("key").asText()).isEqualTo("test.items.archive");
        assertThat(metadata.path("version").asText()).isEqualTo("1.0.0");
        assertThat(metadata.path("kind").asText()).isEqualTo("command");
        assertThat(metadata.path("stability").asText()).isEqualTo("deprecated");
        assertThat(metadata.path("owners").toString()).isEqualTo("[\"@test\"]");
        assertThat(metadata.path("emits").isArray()).isTrue();
        assertThat(operation("get", "/test/items/list/v1.0.0").path("tags").toString()).isEqualTo("[\"items\"]");
        assertThat(DOCUMENT.path("tags").findValuesAsText("name")).contains("items");
    }

    @Test
    void documentsNoSecurityWithoutAScheme() {
        ObjectNode open = OpenApiExporter.export(REGISTRY, OpenApiOptions.builder().securityScheme(null).build());

        assertThat(open.path("components").has("securitySchemes")).isFalse();
        assertThat(open.findValues("security")).isEmpty();
        assertThat(OpenApiCheck.parserMessages(open)).isEmpty();
    }
}
