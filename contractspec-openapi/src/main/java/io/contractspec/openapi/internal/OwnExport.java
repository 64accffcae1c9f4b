package io.contractspec.openapi.internal;

import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import io.contractspec.schema.SchemaType;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What our own export carries in {@code x-contractspec} beyond OpenAPI's keywords, put back on an
 * imported operation: policy, audit, pagination, GraphQL and MCP names, the input model's name,
 * emitted events (references: events are not in the document), acceptance examples and scenarios.
 * A part that does not fit the imported models is left out with a warning, never a failure.
 */
final class OwnExport {

    private final SchemaMapper schemas;
    private final ImportProblems problems;

    OwnExport(SchemaMapper schemas, ImportProblems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    /**
     * The spec with what our own export carries in {@code x-contractspec} beyond the document's
     * keywords (policy, audit, pagination, GraphQL and MCP names); without them, reported, when
     * they do not fit the imported models (a PII path or a pagination field the import named apart).
     */
    OperationSpec restore(OperationBuilder spec, ContractspecExtension extension, String pointer) {
        OperationSpec plain = spec.build();
        OperationSpec own = attempt(plain, "policy, audit and surface names", builder -> {
            builder.policy(extension.policy(plain.policy().auth())).audit(extension.audit());
            extension.graphqlField().ifPresent(builder::graphqlField);
            extension.mcpTool().ifPresent(builder::mcpTool);
        }, pointer);
        OperationSpec paged = extension.pagination().map(pagination -> attempt(own, "pagination",
                builder -> builder.paginated(pagination), pointer)).orElse(own);
        return attempt(paged, "emitted events, acceptance examples and scenarios", builder -> {
            extension.emits().forEach(emitted -> builder.emits(emitted.event(), emitted.when()));
            extension.examples().forEach(builder::example);
            extension.scenarios().forEach(builder::scenario);
        }, pointer);
    }

    private OperationSpec attempt(OperationSpec spec, String what, Consumer<OperationBuilder> change,
            String pointer) {
        OperationBuilder builder = spec.toBuilder();
        try {
            change.accept(builder);
            return builder.build();
        } catch (IllegalArgumentException e) {
            problems.warn(pointer + "/x-contractspec", "contractspec-extension", "the " + what + " of x-contractspec"
                    + " are left out: " + e.getMessage());
            return spec;
        }
    }

    /** The input under the name and description our export gave it, unless another type has that name. */
    Model named(Model input, Map<?, ?> declared) {
        String name = String.valueOf(declared.get("name"));
        Model.Builder renamed = Model.builder(name).description(declared.get("description") instanceof String text
                ? text : input.description());
        input.fields().forEach(field -> renamed.field(field.toBuilder()));
        if (input.allowsUnknownFields()) {
            renamed.allowUnknownFields();
        }
        Model candidate;
        try {
            candidate = renamed.build();
        } catch (IllegalArgumentException e) {
            return input;
        }
        SchemaType known = schemas.names().known(name);
        if (candidate.equals(known)) {
            return (Model) known;
        }
        if (!schemas.names().isFree(name)) {
            return input;
        }
        schemas.names().reserve(name);
        return (Model) schemas.share(candidate);
    }
}
