package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.rest.auth.SecurityScheme;
import io.contractspec.schema.Model;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import io.contractspec.schema.jsonschema.SchemaRefStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code components} of the document: the JSON Schema projection of every input and output model
 * (with {@link OpenApiOptions#allSpecs()}, every event payload) and the types they use, the shared problem schema, the trace-id header and the security scheme.
 */
final class Components {

    static final String TRACE_HEADER = "X-Trace-Id";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final SchemaRefStyle REFS = SchemaRefStyle.OPENAPI_COMPONENTS;

    private final SortedMap<String, ObjectNode> schemas;
    private final String problemName;

    private Components(SortedMap<String, ObjectNode> schemas, String problemName) {
        this.schemas = schemas;
        this.problemName = problemName;
    }

    /** {@code events}: the event payloads too, for {@code x-contractspec-events}. */
    static Components of(ContractRegistry registry, boolean events) {
        List<Model> models = new ArrayList<>();
        for (OperationSpec operation : registry.operations()) {
            operation.input().ifPresent(models::add);
            models.add(operation.output());
        }
        if (events) {
            registry.events().forEach(event -> models.add(event.payload()));
        }
        SortedMap<String, ObjectNode> schemas = new TreeMap<>();
        JsonSchemaProjection.namedSchemas(models, REFS).forEach((name, schema) -> {
            ObjectNode copy = schema.deepCopy();
            SchemaTidy.tidy(copy);
            schemas.put(name, copy);
        });
        String problemName = schemas.containsKey("Problem") ? "ContractSpecProblem" : "Problem";
        schemas.put(problemName, ProblemSchema.schema());
        return new Components(schemas, problemName);
    }

    static String ref(Model model) {
        return REFS.ref(model.name());
    }

    static ObjectNode refTo(Model model) {
        return JSON.objectNode().put("$ref", ref(model));
    }

    ObjectNode problemRef() {
        return JSON.objectNode().put("$ref", REFS.ref(problemName));
    }

    /** A copy of a model's component schema, to write it inline. */
    ObjectNode schemaOf(Model model) {
        return schemas.get(model.name()).deepCopy();
    }

    /** The names of the component schemas a part of the document uses, directly or through others. */
    Set<String> usedBy(JsonNode part) {
        return SchemaTidy.used(part, schemas);
    }

    /** A copy of the schema of one property of a model, as in its component. */
    ObjectNode propertySchema(Model model, String field) {
        return (ObjectNode) schemas.get(model.name()).path("properties").path(field).deepCopy();
    }

    /**
     * A reference to the body of an input some of whose fields travel elsewhere (path, headers): the
     * component {@code <Input>Body}, the model without those fields, registered on first use. Should
     * two routes send different parts of one model, the later body is named after its operation.
     */
    ObjectNode bodyRef(Model model, List<String> outside, String operationId) {
        ObjectNode properties = modelSchemaWithout(model, outside);
        String name = model.name() + "Body";
        if (schemas.containsKey(name) && !schemas.get(name).equals(titled(name, properties))) {
            name = Character.toUpperCase(operationId.charAt(0)) + operationId.substring(1) + "Body";
        }
        schemas.putIfAbsent(name, titled(name, properties));
        return JSON.objectNode().put("$ref", REFS.ref(name));
    }

    private static ObjectNode titled(String name, ObjectNode schema) {
        return JSON.objectNode().put("title", name).setAll(schema);
    }

    /** A copy of a model's component schema without some properties (those sent in the path or headers). */
    private ObjectNode modelSchemaWithout(Model model, List<String> fields) {
        ObjectNode schema = schemas.get(model.name()).deepCopy();
        schema.remove("title");
        ObjectNode properties = (ObjectNode) schema.path("properties");
        fields.forEach(properties::remove);
        JsonNode required = schema.path("required");
        if (required.isArray()) {
            var remaining = JSON.arrayNode();
            required.forEach(name -> {
                if (!fields.contains(name.asText())) {
                    remaining.add(name);
                }
            });
            schema.remove("required");
            if (!remaining.isEmpty()) {
                schema.set("required", remaining);
            }
        }
        return schema;
    }

    /** A header object, for the named headers every response carries. */
    static ObjectNode traceHeaders() {
        ObjectNode headers = JSON.objectNode();
        headers.putObject(TRACE_HEADER).put("$ref", "#/components/headers/" + TRACE_HEADER);
        return headers;
    }

    /** The components; only the schemas that {@code paths} (and the events) use, so that none is left unused. */
    ObjectNode toJson(Optional<SecurityScheme> security, JsonNode paths) {
        ObjectNode components = JSON.objectNode();
        ObjectNode schemaNodes = components.putObject("schemas");
        Set<String> used = SchemaTidy.used(paths, schemas);
        schemas.forEach((name, schema) -> {
            if (used.contains(name)) {
                schemaNodes.set(name, schema.deepCopy());
            }
        });
        ObjectNode trace = components.putObject("headers").putObject(TRACE_HEADER)
                .put("description", "The trace id of the call: from traceparent or X-Trace-Id, else a new one.");
        trace.putObject("schema").put("type", "string");
        security.ifPresent(scheme -> {
            ObjectNode node = components.putObject("securitySchemes").putObject(scheme.name())
                    .put("type", scheme.type()).put("scheme", scheme.scheme());
            if (scheme.bearerFormat() != null) {
                node.put("bearerFormat", scheme.bearerFormat());
            }
        });
        return components;
    }
}
