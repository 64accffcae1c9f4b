package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.cli.ContractSpecCli;
import io.contractspec.mcp.internal.JsonMaps;
import io.contractspec.testing.tools.NodeTools;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workflow application's MCP surface through the official TypeScript SDK client
 * ({@code @modelcontextprotocol/sdk}, pinned in tools/package.json) and ajv (draft 2020-12): the
 * script {@code mcp/ts-client-flows.mjs} runs every flow over streamable HTTP against the running
 * application, then lists the tools over stdio through {@code contractspec mcp}.
 */
class McpTypeScriptClientTest {

    private static final List<String> CHECKS = List.of(
            "initialize over streamable HTTP with a token",
            "tools/list gives 19 tools whose input and output schemas compile in ajv 2020-12",
            "workflow_instance_list structuredContent validates against its outputSchema",
            "workflow_instance_resume of a paused instance returns status running",
            "invalid input gives isError listing every issue with its path",
            "no token gives HTTP 401 with resource_metadata",
            "another organization's id is not found",
            "resources/list and reading the resume page work",
            "contractspec mcp over stdio lists the tools");

    @Test
    void officialTypeScriptClientRunsEveryFlow() {
        NodeTools.require("@modelcontextprotocol/sdk");
        NodeTools.require("ajv");
        NodeTools.require("ajv-formats");
        try (RunningApp app = RunningApp.start()) {
            List<String> stdio = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ContractSpecCli.class.getName(),
                    "mcp", "--snapshot", Path.of("contracts.lock.json").toAbsolutePath().toString());

            NodeTools.Result result = NodeTools.runResource(getClass(), "/mcp/ts-client-flows.mjs", List.of(
                    app.application.baseUrl(), app.token(DemoUser.REQUESTER), app.token(DemoUser.ADMIN),
                    app.token("u-outsider", "org_other", "workflow.admin"), JsonMaps.write(stdio)),
                    Map.of(), Duration.ofMinutes(3));

            assertThat(result.succeeded()).as(result.output()).isTrue();
            assertThat(result.stdout().lines().toList()).as(result.output())
                    .containsExactlyElementsOf(CHECKS.stream().map(check -> "ok " + check).toList());
        }
    }
}
