package io.contractspec.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.rest.TestRegistry;
import org.junit.jupiter.api.Test;

/** The checks the OpenAPI tests rely on do find problems when there are some. */
class OpenApiCheckTest {

    private static ObjectNode document() {
        return OpenApiExporter.export(TestRegistry.registry(), OpenApiOptions.defaults());
    }

    @Test
    void swaggerParserComplainsAboutABrokenDocument() {
        ObjectNode broken = document();
        broken.remove("info");
        ((ObjectNode) broken.path("paths").path("/items/{itemId}").path("get")).remove("responses");

        assertThat(OpenApiCheck.parserMessages(broken)).isNotEmpty();
    }

    @Test
    void anExampleThatDoesNotFitItsSchemaIsReported() {
        ObjectNode document = document();
        ObjectNode example = (ObjectNode) document.path("paths").path("/items/{itemId}").path("get")
                .path("responses").path("200").path("content").path("application/json").path("examples").path("get-item");
        ((ObjectNode) example.path("value")).set("id", com.fasterxml.jackson.databind.node.TextNode.valueOf("seven"));
        ((ObjectNode) example.path("value")).set("extra", IntNode.valueOf(1));

        assertThat(OpenApiCheck.exampleErrors(OpenApiCheck.examples(document)))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(error -> assertThat(error).startsWith("GET /items/{itemId} response 200 application/json example get-item"));
    }
}
