package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.codegen.asyncapi.AsyncApiExporter;
import io.contractspec.codegen.asyncapi.AsyncApiOptions;
import io.contractspec.codegen.typescript.TypeScriptClient;
import io.contractspec.codegen.typescript.TypeScriptOptions;
import io.contractspec.testing.tools.NodeTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated clients and API documents of the workflow system, judged by third-party tools
 * against the running application: tsc, the generated client over HTTP, @asyncapi/parser, redocly
 * and openapi-typescript.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientsTest {

    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOOLS = "/io/contractspec/testing/tools/";

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
    void typeScriptClientCompilesStrictDrivesTheExpenseApprovalAndIteratesEveryInstance(@TempDir Path folder) throws IOException {
        write(folder, TypeScriptClient.generate(app.application.runtime().registry(), TypeScriptOptions.defaults()));
        NodeTools.Result tsc = NodeTools.runBin("typescript", "bin/tsc", List.of("-p", folder.toString(), "--strict"),
                folder, TOOL_TIMEOUT);
        assertThat(tsc.succeeded()).as(tsc.output()).isTrue();

        NodeTools.Result run = NodeTools.runResource(GeneratedClientsTest.class, "/clients/expense-approval.mjs",
                List.of(folder.resolve("dist/index.js").toString()),
                Map.of("BASE_URL", app.application.baseUrl() + "/api",
                        "REQUESTER", app.token(DemoUser.REQUESTER), "MANAGER", app.token(DemoUser.MANAGER),
                        "FINANCE", app.token(DemoUser.FINANCE)),
                TOOL_TIMEOUT);
        assertThat(run.succeeded()).as(run.output()).isTrue();

        JsonNode result = JSON.readTree(run.stdout());
        assertThat(result.path("started").toString()).isEqualTo("{\"status\":\"waiting\",\"step\":\"manager-approval\"}");
        assertThat(result.path("afterManager").asText()).isEqualTo("finance-approval");
        assertThat(result.path("done").toString()).isEqualTo("{\"status\":\"completed\",\"outcome\":\"approve\"}");
        assertThat(result.path("missing").toString())
                .isEqualTo("{\"isContractError\":true,\"code\":\"NOT_FOUND\",\"status\":404,\"traceId\":true}");
        assertThat(result.path("invalid").path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(result.path("invalid").path("issues").toString()).contains("workflowKey");
        assertThat(result.path("aborted").asText()).isEqualTo("AbortError");
        everyInstanceOnceThroughThePageIterator(result.path("iterated"));
        everyInstanceOnceThroughThePageIterator(result.path("iteratedWaiting"));
        assertThat(result.path("iteratedWaiting").path("total").asInt()).isLessThan(result.path("iterated").path("total").asInt());
        int total = result.path("iterated").path("total").asInt();
        assertThat(result.path("pagesOfThree").asInt()).isEqualTo((total + 2) / 3);
    }

    /** Two items a page: the iterator reads every instance once, one page call per two, each with the call's headers. */
    private static void everyInstanceOnceThroughThePageIterator(JsonNode iterated) {
        int total = iterated.path("total").asInt();
        assertThat(total).as(iterated.toString()).isGreaterThanOrEqualTo(4);
        assertThat(iterated.path("count").asInt()).as(iterated.toString()).isEqualTo(total);
        assertThat(iterated.path("distinct").asInt()).as(iterated.toString()).isEqualTo(total);
        assertThat(iterated.path("pageCalls").asInt()).as(iterated.toString()).isEqualTo((total + 1) / 2);
        assertThat(iterated.path("headers").toString()).isEqualTo("[\"iterator\"]");
    }

    @Test
    void asyncApiDocumentValidatesAndListsAllEighteenEvents(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("asyncapi.json");
        Files.writeString(file, AsyncApiExporter.export(app.application.runtime().registry(), AsyncApiOptions.defaults()).toPrettyString());

        JsonNode result = tool("asyncapi-validate.mjs", file);

        assertThat(result.path("errors")).as(result.toString()).isEmpty();
        assertThat(result.path("channels")).hasSize(18);
        assertThat(result.path("messages").toString()).contains("workflow.instance.started", "workflow.approval.decided");
    }

    @Test
    void servedOpenApiDocumentPassesRedoclyRecommendedWithoutAFinding(@TempDir Path folder) throws IOException {
        JsonNode result = tool("redocly-lint.mjs", served(folder));

        assertThat(result.path("errors")).as(result.toString()).isEmpty();
        assertThat(result.path("warnings")).as(result.toString()).isEmpty();
    }

    @Test
    void openApiTypeScriptTypesAcceptAStartWithContextDataAndWithoutPriority(@TempDir Path folder) throws IOException {
        NodeTools.Result types = NodeTools.runResource(NodeTools.class, TOOLS + "openapi-typescript.mjs",
                List.of(served(folder).toString(), folder.resolve("schema.ts").toString()), Map.of(), TOOL_TIMEOUT);
        assertThat(types.succeeded()).as(types.output()).isTrue();
        Files.writeString(folder.resolve("usage.ts"), """
                import type { components, operations, paths } from "./schema.js";

                type Start = paths["/workflow/instances"]["post"]["requestBody"]["content"]["application/json"];
                const start: Start = { workflowKey: "expense-approval", contextData: { title: "Train ticket", amount: 120 } };
                type ResumeBody = NonNullable<operations["workflowInstanceResume"]["requestBody"]>["content"]["application/json"];
                const resume: ResumeBody = { reason: "ok" };
                function title(instance: components["schemas"]["WorkflowInstance"]): unknown {
                  return instance.contextData?.["title"];
                }
                export { start, resume, title };
                """);

        NodeTools.Result tsc = NodeTools.runBin("typescript", "bin/tsc", List.of("--strict", "--noEmit", "--target",
                "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", "usage.ts"), folder, TOOL_TIMEOUT);

        assertThat(tsc.succeeded()).as(tsc.output()).isTrue();
    }

    private Path served(Path folder) throws IOException {
        ApiClient.Reply reply = app.http.get(null, "/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        Path file = folder.resolve("openapi.json");
        Files.writeString(file, reply.body());
        return file;
    }

    private static JsonNode tool(String script, Path file) throws IOException {
        NodeTools.Result run = NodeTools.runResource(NodeTools.class, TOOLS + script, List.of(file.toString()), Map.of(),
                TOOL_TIMEOUT);
        assertThat(run.succeeded()).as(run.output()).isTrue();
        return JSON.readTree(run.stdout());
    }

    private static void write(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
