package io.contractspec.studio.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.docs.DocsOptions;
import io.contractspec.governance.diff.DiffConfig;
import io.contractspec.governance.lint.LintConfig;
import io.contractspec.schema.Model;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one document the Studio's browser application reads: every spec as its canonical snapshot
 * entry, plus what the browser cannot derive itself: each operation's surfaces (REST route,
 * GraphQL field and MCP tool from {@link SurfaceNames}), the JSON Schemas of its models, the docs
 * page, and the governance findings.
 */
public final class CatalogDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The operations whose presence turns the workflow dashboard on. */
    static final List<String> WORKFLOW_OPERATIONS = List.of("workflow.definition.list", "workflow.definition.get",
            "workflow.instance.list", "workflow.instance.get", "workflow.approval.list.mine", "workflow.approval.decide");

    /** What the Studio was built with. */
    public record Settings(String apiBasePath, String title, DocsOptions docs, LintConfig lint, DiffConfig diff,
            Optional<ContractRegistry> baseline, boolean liveEvents) {
        public Settings {
            Objects.requireNonNull(apiBasePath, "apiBasePath");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(docs, "docs");
            Objects.requireNonNull(lint, "lint");
            Objects.requireNonNull(diff, "diff");
            Objects.requireNonNull(baseline, "baseline");
        }
    }

    private final ContractRegistry registry;
    private final SurfaceNames names;
    private final RestRoutes routes;
    private final SpecDocs docs;
    private final GovernanceFindings governance;

    private CatalogDocument(ContractRegistry registry, Settings settings) {
        this.registry = registry;
        this.names = SurfaceNames.of(registry.operations());
        this.routes = RestRoutes.of(registry, settings.apiBasePath());
        this.docs = SpecDocs.of(registry, settings.docs());
        this.governance = GovernanceFindings.of(registry, settings.lint(), settings.diff(), settings.baseline());
    }

    public static ObjectNode of(ContractRegistry registry, Settings settings) {
        CatalogDocument document = new CatalogDocument(registry, settings);
        ObjectNode root = JSON.objectNode()
                .put("title", settings.title())
                .put("apiBasePath", settings.apiBasePath())
                .put("liveEvents", settings.liveEvents())
                .put("workflow", WORKFLOW_OPERATIONS.stream().allMatch(key -> registry.operation(key).isPresent()));
        ArrayNode features = root.putArray("features");
        registry.features().forEach(feature -> features.add(document.feature(feature)));
        ArrayNode operations = root.putArray("operations");
        registry.operations().forEach(operation -> operations.add(document.operation(operation)));
        ArrayNode events = root.putArray("events");
        registry.events().forEach(event -> events.add(document.event(event)));
        root.set("models", ModelCatalog.of(registry).toJson());
        root.set("governance", document.governance.toJson());
        return root;
    }

    private ObjectNode feature(FeatureSpec feature) {
        return common(feature);
    }

    private ObjectNode operation(OperationSpec operation) {
        ObjectNode node = common(operation);
        ObjectNode surfaces = node.putObject("surfaces");
        String operationId = names.operationId(operation);
        surfaces.put("operationId", operationId);
        routes.route(operation).ifPresent(route -> surfaces.set("rest", route));
        if (names.isExposed(operation)) {
            surfaces.put("graphqlField", names.graphqlField(operation));
            surfaces.put("mcpTool", names.mcpTool(operation));
        }
        ObjectNode schemas = node.putObject("schemas");
        operation.input().ifPresent(input -> schemas.set("input", schema(input)));
        schemas.set("output", schema(operation.output()));
        return node;
    }

    private ObjectNode event(EventSpec event) {
        ObjectNode node = common(event);
        node.putObject("schemas").set("payload", schema(event.payload()));
        return node;
    }

    private ObjectNode common(Spec spec) {
        ObjectNode node = Snapshot.toJson(spec);
        node.put("specType", spec.specType().name().toLowerCase(java.util.Locale.ROOT));
        docs.markdown(spec.key()).ifPresent(markdown -> node.put("markdown", markdown));
        node.set("findings", governance.forSpec(spec.ref().toString()));
        return node;
    }

    private static ObjectNode schema(Model model) {
        return JsonSchemaProjection.of(model);
    }
}
