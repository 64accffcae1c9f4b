package io.contractspec.mcp.internal;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.docs.DocsGenerator;
import io.contractspec.docs.DocsOptions;
import io.contractspec.docs.GeneratedDocs;
import io.contractspec.schema.Model;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an agent can read besides calling tools, rendered once when the surface is built:
 * <ul>
 *   <li>{@code contractspec://specs/{key}/{version}}: each spec's Markdown docs page (listed, and as
 *       a template for any key and version);</li>
 *   <li>{@code contractspec://snapshot}: the canonical snapshot of every spec;</li>
 *   <li>{@code contractspec://schemas/{model}}: each input, output and event payload model's JSON Schema.</li>
 * </ul>
 */
public final class SpecResources {

    public static final String SPEC_TEMPLATE = "contractspec://specs/{key}/{version}";
    public static final String SNAPSHOT = "contractspec://snapshot";
    static final String SPEC_PREFIX = "contractspec://specs/";
    static final String SCHEMA_PREFIX = "contractspec://schemas/";
    static final String MARKDOWN = "text/markdown";

    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final List<SyncResourceSpecification> resources = new ArrayList<>();

    public SpecResources(ContractRegistry registry, DocsOptions docsOptions) {
        GeneratedDocs docs = DocsGenerator.markdown(registry, docsOptions);
        DocsGenerator.markdownPaths(registry).forEach((spec, path) -> {
            String uri = SPEC_PREFIX + spec.key() + "/" + spec.version();
            byte[] markdown = docs.content(path).orElseThrow();
            pages.putIfAbsent(uri, new Page(spec, new String(markdown, StandardCharsets.UTF_8)));
        });
        pages.forEach((uri, page) -> resources.add(text(McpSchema.Resource.builder(uri, page.spec().ref().toString())
                .title(page.spec().meta().title().orElse(page.spec().key()) + " (" + page.spec().specType().wireName() + ")")
                .description(page.spec().meta().description())
                .mimeType(MARKDOWN)
                .build(), page.markdown())));
        resources.add(text(McpSchema.Resource.builder(SNAPSHOT, "snapshot")
                .title("Canonical snapshot")
                .description("Every spec of the registry as deterministic JSON, as governance diffs it.")
                .mimeType("application/json")
                .build(), Snapshot.write(registry)));
        models(registry).forEach((name, model) -> resources.add(text(McpSchema.Resource.builder(SCHEMA_PREFIX + name, name)
                .title(name + " JSON Schema")
                .description(model.description())
                .mimeType("application/schema+json")
                .build(), JsonMaps.write(JsonSchemaProjection.of(model)))));
    }

    public List<SyncResourceSpecification> resources() {
        return List.copyOf(resources);
    }

    /** Any spec's page by key and version; listed pages are served by their own resource. */
    public SyncResourceTemplateSpecification specTemplate() {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder(SPEC_TEMPLATE, "spec")
                .title("Spec docs page")
                .description("The Markdown docs page of the spec with this key and version, e.g. "
                        + SPEC_PREFIX + "workflow.instance.resume/1.0.0")
                .mimeType(MARKDOWN)
                .build();
        return new SyncResourceTemplateSpecification(template, (exchange, request) -> {
            Page page = pages.get(request.uri());
            if (page == null) {
                throw McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                        .message("No spec page at " + request.uri() + ": resources/list names every spec's page, "
                                + SPEC_PREFIX + "<key>/<version>.")
                        .data(Map.of("uri", request.uri()))
                        .build();
            }
            return contents(request.uri(), MARKDOWN, page.markdown());
        });
    }

    private static SyncResourceSpecification text(McpSchema.Resource resource, String text) {
        McpSchema.ReadResourceResult result = contents(resource.uri(), resource.mimeType(), text);
        return new SyncResourceSpecification(resource, (exchange, request) -> result);
    }

    private static McpSchema.ReadResourceResult contents(String uri, String mimeType, String text) {
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, mimeType, text)));
    }

    /** Every model operations take, return or events carry, by name; the first of a name wins (lint flags differing ones). */
    private static Map<String, Model> models(ContractRegistry registry) {
        Map<String, Model> models = new LinkedHashMap<>();
        for (Spec spec : registry.all()) {
            if (spec instanceof OperationSpec operation) {
                operation.input().ifPresent(model -> models.putIfAbsent(model.name(), model));
                models.putIfAbsent(operation.output().name(), operation.output());
            } else if (spec instanceof EventSpec event) {
                models.putIfAbsent(event.payload().name(), event.payload());
            }
        }
        return models;
    }

    private record Page(Spec spec, String markdown) {}
}
