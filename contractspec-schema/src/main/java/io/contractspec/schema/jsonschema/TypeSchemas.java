package io.contractspec.schema.jsonschema;

import static io.contractspec.schema.jsonschema.Keywords.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import io.contractspec.schema.internal.JsonNumbers;
import java.util.Set;

/**
 * Builds the schema of each named type and of each field, with references in one {@link SchemaRefStyle}.
 * Key order is fixed by construction so that the same model always prints the same bytes.
 */
final class TypeSchemas {

    /** The OpenAPI extension naming an inlined scalar of ours. */
    static final String SCALAR_EXTENSION = "x-contractspec-scalar";
    /** Scalars that JSON types say entirely: no name needed. */
    private static final Set<Scalar> PLAIN = Set.of(Scalar.STRING, Scalar.INT, Scalar.FLOAT, Scalar.BOOLEAN,
            Scalar.JSON, Scalar.JSON_OBJECT);

    private final SchemaRefStyle refStyle;

    TypeSchemas(SchemaRefStyle refStyle) {
        this.refStyle = refStyle;
    }

    /** The definition of a named type: a model, an enum or a shared scalar. */
    ObjectNode definition(SchemaType type) {
        if (type instanceof Model model) {
            return model(model);
        }
        if (type instanceof EnumType enumType) {
            return enumeration(enumType);
        }
        if (type instanceof Union union) {
            return union(union);
        }
        return sharedScalar((Scalar) type);
    }

    ObjectNode model(Model model) {
        ObjectNode schema = titled(model);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Field field : model.fields()) {
            properties.set(field.name(), field(field));
            if (field.isRequired()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        if (!model.allowsUnknownFields()) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    /**
     * {@code oneOf} (exclusive) or {@code anyOf} of the variants. With a discriminator, OpenAPI
     * gets its {@code discriminator} keyword; plain JSON Schema, which has none, gets variants that
     * each require their tag, so that the schema selects exactly as our validator does.
     */
    private ObjectNode union(Union union) {
        ObjectNode schema = titled(union);
        ArrayNode variants = schema.putArray(union.isExclusive() ? "oneOf" : "anyOf");
        String property = union.discriminator().orElse(null);
        for (Union.Variant variant : union.variants()) {
            ObjectNode variantSchema = typeSchema(variant.type(), JSON.objectNode());
            if (property != null && refStyle == SchemaRefStyle.DEFS) {
                variantSchema.putObject("properties").putObject(property).put("const", variant.tag());
                variantSchema.putArray("required").add(property);
            }
            variants.add(variantSchema);
        }
        if (property != null && refStyle == SchemaRefStyle.OPENAPI_COMPONENTS) {
            ObjectNode discriminator = schema.putObject("discriminator").put("propertyName", property);
            ObjectNode mapping = discriminator.putObject("mapping");
            union.variants().forEach(variant -> mapping.put(variant.tag(), refStyle.ref(variant.type().name())));
        }
        return schema;
    }

    private ObjectNode enumeration(EnumType type) {
        ObjectNode schema = titled(type);
        schema.put("type", "string");
        ArrayNode values = schema.putArray("enum");
        type.wireValues().forEach(values::add);
        if (refStyle == SchemaRefStyle.OPENAPI_COMPONENTS
                && type.values().stream().anyMatch(value -> !value.description().isEmpty())) {
            // Redoc's x-enumDescriptions: readers see what each value means, an import gets it back.
            ObjectNode descriptions = schema.putObject("x-enumDescriptions");
            type.values().forEach(value -> descriptions.put(value.wire(), value.description()));
        }
        return schema;
    }

    private ObjectNode sharedScalar(Scalar scalar) {
        ObjectNode schema = titled(scalar);
        schema.setAll(scalar.jsonSchema());
        return Keywords.notNull(schema);
    }

    /** The property schema: the value (or array or map of values), null when nullable, then the annotations. */
    ObjectNode field(Field field) {
        ObjectNode schema = value(field);
        if (field.hasNullableItems()) {
            schema = Keywords.orNull(schema);
        }
        if (field.isArray()) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", schema);
            field.constraints().minItems().ifPresent(min -> array.put("minItems", min));
            field.constraints().maxItems().ifPresent(max -> array.put("maxItems", max));
            schema = array;
        } else if (field.isMap()) {
            ObjectNode map = JSON.objectNode().put("type", "object");
            map.set("additionalProperties", schema);
            field.constraints().minItems().ifPresent(min -> map.put("minProperties", min));
            field.constraints().maxItems().ifPresent(max -> map.put("maxProperties", max));
            schema = map;
        }
        if (field.isNullable()) {
            schema = Keywords.orNull(schema);
        }
        return annotated(field, schema);
    }

    /** The schema of one non-null value (an array field's item) with the field's value constraints. */
    private ObjectNode value(Field field) {
        return typeSchema(field.type(), valueConstraints(field));
    }

    /** A type inlined (a scalar of our own) or referenced, with extra keywords. */
    private ObjectNode typeSchema(SchemaType type, ObjectNode constraints) {
        if (type instanceof Scalar scalar && !SharedScalars.isShared(scalar)) {
            ObjectNode inline = Keywords.notNull(scalar.jsonSchema());
            if (refStyle == SchemaRefStyle.OPENAPI_COMPONENTS && !PLAIN.contains(scalar)) {
                // Names the scalar whose rules these are, so that an import gets ID back rather than a string.
                inline.put(SCALAR_EXTENSION, scalar.name());
            }
            return Keywords.merge(inline, constraints);
        }
        // Siblings of $ref are applied together with the referenced schema in 2020-12.
        return JSON.objectNode().put("$ref", refStyle.ref(type.name())).setAll(constraints);
    }

    private static ObjectNode valueConstraints(Field field) {
        Constraints constraints = field.constraints();
        ObjectNode node = JSON.objectNode();
        field.constant().ifPresent(value -> node.set("const", value));
        constraints.minimum().ifPresent(min -> node.set("minimum", JsonNumbers.of(min)));
        constraints.maximum().ifPresent(max -> node.set("maximum", JsonNumbers.of(max)));
        constraints.minLength().ifPresent(min -> node.put("minLength", min));
        constraints.maxLength().ifPresent(max -> node.put("maxLength", max));
        constraints.pattern().ifPresent(pattern -> node.put("pattern", pattern));
        return node;
    }

    /** Description first and default last, around the schema; the field's own description wins. */
    private static ObjectNode annotated(Field field, ObjectNode schema) {
        ObjectNode node = JSON.objectNode();
        if (!field.description().isEmpty()) {
            node.put("description", field.description());
            schema.remove("description");
        }
        node.setAll(schema);
        field.defaultValue().ifPresent(value -> node.set("default", value.deepCopy()));
        return node;
    }

    private static ObjectNode titled(SchemaType type) {
        ObjectNode schema = JSON.objectNode().put("title", type.name());
        if (!type.description().isEmpty()) {
            schema.put("description", type.description());
        }
        return schema;
    }
}
