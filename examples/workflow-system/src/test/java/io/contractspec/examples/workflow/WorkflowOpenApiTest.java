package io.contractspec.examples.workflow;

import static io.contractspec.examples.workflow.Workflow.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.rest.openapi.OpenApiCheck;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI 3.1 document of the workflow contracts, judged by third-party tools. */
class WorkflowOpenApiTest {

    private static final ObjectNode DOCUMENT = OpenApiExporter.export(REGISTRY,
            OpenApiOptions.builder().title("Workflow system").version("1.0.0").basePath("/api").build());

    @Test
    void parsesWithSwaggerParserWithoutAnyMessage() {
        assertThat(OpenApiCheck.parserMessages(DOCUMENT)).isEmpty();
    }

    @Test
    void hasOnlyExamplesThatValidateAgainstTheirSchemas() {
        List<OpenApiCheck.ExampleSite> examples = OpenApiCheck.examples(DOCUMENT);

        assertThat(examples).as("examples in the document").hasSizeGreaterThanOrEqualTo(40);
        assertThat(OpenApiCheck.exampleErrors(examples)).isEmpty();
    }

    @Test
    void completesPartialExpectedOutputsIntoValidExamples() {
        JsonNode success = DOCUMENT.path("paths").path("/workflow/instances/{instanceId}/resume").path("post")
                .path("responses").path("200").path("content").path("application/json");

        JsonNode example = success.path("examples").path("resume-normal").path("value");
        assertThat(example.path("id").asText()).isEqualTo("inst-456");
        assertThat(example.path("status").asText()).isEqualTo("running");
        assertThat(REGISTRY.operations().stream().filter(operation -> operation.key().equals("workflow.instance.resume"))
                .findFirst().orElseThrow().output().validate(example).isValid()).isTrue();
        assertThat(success.has("x-contractspec-partial-examples")).isFalse();
    }

    @Test
    void givesEveryOperationWithASucceedingExampleACompleteSuccessExample() {
        DOCUMENT.path("paths").forEach(item -> item.forEach(operation -> {
            JsonNode responses = operation.path("responses");
            String success = responses.fieldNames().next();
            assertThat(responses.path(success).path("content").path("application/json").has("examples"))
                    .as(operation.path("operationId").asText()).isTrue();
        }));
    }

    @Test
    void documentsEveryOperationOnce() {
        assertThat(DOCUMENT.findValuesAsText("operationId")).hasSize(19).doesNotHaveDuplicates();
    }

    @Test
    void servesTheSeedContractAtItsOverriddenRoute() {
        JsonNode resume = DOCUMENT.path("paths").path("/workflow/instances/{instanceId}/resume").path("post");

        assertThat(resume.path("operationId").asText()).isEqualTo("workflowInstanceResume");
        assertThat(resume.path("parameters").get(0).path("in").asText()).isEqualTo("path");
        assertThat(resume.path("tags").toString()).isEqualTo("[\"Workflow instances\"]");
        assertThat(resume.path("x-contractspec").path("emits").get(0).path("event").asText())
                .isEqualTo("workflow.instance.resumed@1.0.0");
        assertThat(resume.path("responses").has("404")).isTrue();
        assertThat(resume.path("responses").path("404").path("content").path("application/problem+json")
                .path("examples").has("resume-unknown-instance")).isTrue();
    }

    @Test
    void takesQueryInputFromParameters() {
        JsonNode get = DOCUMENT.path("paths").path("/workflow/instances/{instanceId}").path("get");

        assertThat(get.has("requestBody")).isFalse();
        assertThat(get.path("parameters").findValuesAsText("name")).containsExactly("instanceId");
    }
}
