package io.contractspec.mcp;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.docs.DocsOptions;
import io.contractspec.mcp.internal.Caller;
import io.contractspec.mcp.internal.FeaturePrompts;
import io.contractspec.mcp.internal.SpecResources;
import io.contractspec.mcp.internal.ToolCall;
import io.contractspec.mcp.internal.ToolDefinition;
import io.contractspec.mcp.internal.TypedMcpMapper;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The MCP surface of an executor's registry, built with the official MCP Java SDK:
 * <ul>
 *   <li>a <b>tool</b> per exposed operation (the latest of each major, queries and commands), named
 *       by {@link SurfaceNames#mcpTool}, with input and output JSON Schemas and hints; every call goes
 *       through {@link OperationExecutor#execute} with the caller's principal on channel MCP, and
 *       an idempotency key from {@code _meta."contractspec.io/idempotencyKey"};</li>
 *   <li><b>resources</b>: each spec's Markdown docs page ({@code contractspec://specs/{key}/{version}},
 *       also a template), the canonical snapshot ({@code contractspec://snapshot}) and each model's
 *       JSON Schema ({@code contractspec://schemas/{model}});</li>
 *   <li>a <b>prompt</b> per feature explaining its operations to an agent.</li>
 * </ul>
 * Serve it over streamable HTTP on the REST server with {@link McpHttp}, or over stdio with
 * {@link McpStdio}.
 *
 * <pre>{@code
 * McpSurface mcp = McpSurface.create(executor);
 * RestServer.create(executor, rest -> rest.authenticator(auth).javalin(McpHttp.mount(mcp, auth))).start(8080);
 * }</pre>
 */
@PublicApi
public final class McpSurface {

    /** The {@code _meta} entry of {@code tools/call} that carries an idempotency key for a command. */
    public static final String IDEMPOTENCY_KEY_META = ToolCall.IDEMPOTENCY_KEY;

    private final OperationExecutor executor;
    private final McpSchema.Implementation serverInfo;
    private final List<OperationSpec> operations;
    private final List<McpSchema.Tool> tools = new ArrayList<>();
    private final SpecResources resources;
    private final SurfaceNames names;

    private McpSurface(OperationExecutor executor, String name, String version, DocsOptions docs) {
        this.executor = executor;
        this.serverInfo = new McpSchema.Implementation(name, version);
        ContractRegistry registry = executor.registry();
        this.names = SurfaceNames.of(registry.operations());
        if (!names.collisions().isEmpty()) {
            throw new IllegalArgumentException("MCP tool names collide (lint rule DuplicateSurfaceName): "
                    + names.collisions().stream().map(SurfaceNames.Collision::message).collect(Collectors.joining("; ")));
        }
        this.operations = names.exposed();
        operations.forEach(operation -> tools.add(ToolDefinition.of(operation, names.mcpTool(operation))));
        this.resources = new SpecResources(registry, docs);
    }

    /** The surface of every exposed operation, named {@code contractspec}, with default docs. */
    public static McpSurface create(OperationExecutor executor) {
        return create(executor, "contractspec", DocsOptions.defaults());
    }

    /** The surface with the server name clients show and the options of the docs pages. */
    public static McpSurface create(OperationExecutor executor, String serverName, DocsOptions docs) {
        String version = Objects.requireNonNullElse(McpSurface.class.getPackage().getImplementationVersion(), "dev");
        return new McpSurface(Objects.requireNonNull(executor, "executor"), Objects.requireNonNull(serverName, "serverName"),
                version, Objects.requireNonNull(docs, "docs"));
    }

    /** The tools, in key order. */
    public List<McpSchema.Tool> tools() {
        return List.copyOf(tools);
    }

    /** The name the server gives clients in {@code initialize}. */
    public String serverName() {
        return serverInfo.name();
    }

    public OperationExecutor executor() {
        return executor;
    }

    /** A server on a streamable HTTP transport; callers come from the transport context. */
    McpSyncServer serve(McpStreamableServerTransportProvider transport) {
        return configure(McpServer.sync(transport), Caller.ANONYMOUS).build();
    }

    /** A server on a single-session transport (stdio) whose every call is made by {@code principal} (null: anonymous). */
    McpSyncServer serve(McpServerTransportProvider transport, Principal principal) {
        return configure(McpServer.sync(transport), Caller.of(principal)).build();
    }

    private <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
            McpServer.SyncSpecification<S> server, Caller fallback) {
        List<SyncToolSpecification> specifications = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            OperationSpec operation = operations.get(i);
            specifications.add(SyncToolSpecification.builder()
                    .tool(tools.get(i))
                    .callHandler(new ToolCall(executor, operation.key(), operation.version(), fallback))
                    .build());
        }
        return server.serverInfo(serverInfo)
                .instructions("Tools run the operations of " + serverInfo.name() + " with your identity; read "
                        + SpecResources.SPEC_TEMPLATE + " for a spec's docs and the prompts for each feature.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(false).build())
                .jsonMapper(TypedMcpMapper.INSTANCE)
                .jsonSchemaValidator(new NetworkntSchemaValidator())
                // The executor validates input and reports every issue with its path; the SDK's own check would answer first.
                .validateToolInputs(false)
                // The servlet and stdio transports block anyway: no hand-off to another thread per call.
                .immediateExecution(true)
                .tools(specifications)
                .resources(resources.resources())
                .resourceTemplates(resources.specTemplate())
                .prompts(FeaturePrompts.of(executor.registry(), names));
    }
}
