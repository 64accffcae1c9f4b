package io.contractspec.openapi.internal;

import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.Map;
import java.util.Optional;

/**
 * Request and response bodies as models. JSON media types are preferred; an object body is its
 * model, any other body is wrapped in a model with one {@code body} field (reported, as the wire
 * shape changes).
 */
final class Bodies {

    private final SchemaMapper schemas;
    private final ImportProblems problems;
    private final Refs refs;

    Bodies(SchemaMapper schemas, ImportProblems problems, Refs refs) {
        this.schemas = schemas;
        this.problems = problems;
        this.refs = refs;
    }

    Optional<Model> input(Operation operation, String typePrefix, String pointer) {
        RequestBody body = operation.getRequestBody() == null ? null : refs.body(operation.getRequestBody());
        if (body == null) {
            return Optional.empty();
        }
        return model(body.getContent(), typePrefix + "Body", pointer + "/requestBody/content");
    }

    /** The model of a JSON body; empty when there is no body with a schema. */
    Optional<Model> model(Content content, String name, String pointer) {
        Optional<Map.Entry<String, MediaType>> media = json(content);
        if (media.isEmpty()) {
            if (content != null && !content.isEmpty()) {
                problems.warn(pointer, "media-type", "only JSON bodies are imported; " + content.keySet() + " left out");
            }
            return Optional.empty();
        }
        Schema<?> schema = media.get().getValue().getSchema();
        String at = ImportProblems.step(pointer, media.get().getKey()) + "/schema";
        Optional<Model> model = schemas.model(schema, name, at);
        if (model.isPresent()) {
            return model;
        }
        problems.warn(at, "non-object-body", "a body that is not a JSON object is wrapped in a model with one field"
                + " 'body': the wire shape differs until contracts can type non-object bodies");
        Field body = schemas.field("body", schema, true, name, at);
        return Optional.of(Model.builder(schemas.names().reserve(name)).field(body).build());
    }

    /** The schema of the JSON body, when there is one. */
    static Optional<Schema<?>> jsonSchema(Content content) {
        return json(content).map(media -> media.getValue().getSchema());
    }

    /** The first JSON media type with a schema ({@code application/json} first, then {@code +json}, then any). */
    private static Optional<Map.Entry<String, MediaType>> json(Content content) {
        if (content == null) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, MediaType>> exact = content.entrySet().stream()
                .filter(entry -> entry.getValue() != null && entry.getValue().getSchema() != null)
                .filter(entry -> entry.getKey().startsWith("application/json")).findFirst();
        return exact.or(() -> content.entrySet().stream()
                .filter(entry -> entry.getValue() != null && entry.getValue().getSchema() != null)
                .filter(entry -> entry.getKey().contains("json") || entry.getKey().equals("*/*")).findFirst());
    }
}
