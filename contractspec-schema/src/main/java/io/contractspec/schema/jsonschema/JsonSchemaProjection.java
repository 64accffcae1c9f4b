package io.contractspec.schema.jsonschema;

import static io.contractspec.schema.jsonschema.Keywords.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Model;
import io.contractspec.schema.SchemaType;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Projects models to JSON Schema 2020-12 that accepts exactly the payloads {@link Model#validate}
 * accepts.
 *
 * <p>Models, enums and scalars with large fragments (long value lists) are defined once under their
 * name and referenced with {@code $ref}; other scalars are inlined. Definitions are sorted by name
 * and every object's keys are written in a fixed order, so equal input gives byte-identical output.
 *
 * <pre>{@code
 * ObjectNode document = JsonSchemaProjection.of(ORDER);                       // standalone, with $defs
 * SortedMap<String, ObjectNode> components =
 *     JsonSchemaProjection.namedSchemas(models, SchemaRefStyle.OPENAPI_COMPONENTS); // OpenAPI 3.1
 * }</pre>
 */
@PublicApi
public final class JsonSchemaProjection {

    /** The dialect every standalone document declares in {@code $schema}. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private JsonSchemaProjection() {}

    /**
     * A standalone document for the model: its own schema at the root, every other named type it
     * uses under {@code $defs}.
     *
     * @throws IllegalArgumentException when two different types in the model tree share a name
     */
    public static ObjectNode of(Model model) {
        Objects.requireNonNull(model, "model");
        SortedMap<String, SchemaType> named = NamedTypes.collect(List.of(model));
        TypeSchemas schemas = new TypeSchemas(SchemaRefStyle.DEFS);
        ObjectNode document = JSON.objectNode().put("$schema", DIALECT);
        document.setAll(schemas.model(model));
        ObjectNode defs = JSON.objectNode();
        named.forEach((name, type) -> {
            if (type != model) {
                defs.set(name, schemas.definition(type));
            }
        });
        if (!defs.isEmpty()) {
            document.set("$defs", defs);
        }
        return document;
    }

    /**
     * The schema of every named type of the models, the models included, keyed and sorted by name,
     * with references in the given style; for documents that hold definitions in their own place,
     * such as OpenAPI 3.1 {@code components/schemas}. The schemas carry no {@code $schema}.
     *
     * @throws IllegalArgumentException when two different types share a name
     */
    public static SortedMap<String, ObjectNode> namedSchemas(Collection<Model> models, SchemaRefStyle refStyle) {
        Objects.requireNonNull(refStyle, "refStyle");
        List<Model> roots = List.copyOf(Objects.requireNonNull(models, "models"));
        TypeSchemas schemas = new TypeSchemas(refStyle);
        SortedMap<String, ObjectNode> result = new TreeMap<>();
        NamedTypes.collect(roots).forEach((name, type) -> result.put(name, schemas.definition(type)));
        return Collections.unmodifiableSortedMap(result);
    }
}
