package io.contractspec.core.snapshot;

import static io.contractspec.core.snapshot.SpecJson.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;

/**
 * Schema types to JSON and back. Models are written in full wherever they are used, so an entry
 * stands alone and two different models that share a name stay distinguishable.
 */
final class ModelJson {

    private ModelJson() {}

    /** {@code {name, description, allowUnknownFields, fields}}; one node per distinct model of a document. */
    static ObjectNode model(Model model, WriteCache cache) {
        return cache.model(model, value -> writeModel(value, cache));
    }

    /** A field's type, told apart by {@code kind}: scalar, enum, model or union; one node per distinct type. */
    static ObjectNode type(SchemaType type, WriteCache cache) {
        return cache.type(type, value -> writeType(value, cache));
    }

    private static ObjectNode writeModel(Model model, WriteCache cache) {
        ObjectNode json = NODES.objectNode()
                .put("name", model.name())
                .put("description", model.description())
                .put("allowUnknownFields", model.allowsUnknownFields());
        ArrayNode fields = json.putArray("fields");
        model.fields().forEach(field -> fields.add(cache.field(field, value -> writeField(value, cache))));
        return json;
    }

    private static ObjectNode writeType(SchemaType type, WriteCache cache) {
        if (type instanceof Scalar scalar) {
            return NODES.objectNode().put("kind", "scalar").put("name", scalar.name());
        }
        if (type instanceof EnumType enumType) {
            ObjectNode json = NODES.objectNode()
                    .put("kind", "enum")
                    .put("name", enumType.name())
                    .put("description", enumType.description());
            ArrayNode values = json.putArray("values");
            enumType.values().forEach(value ->
                    values.addObject().put("wire", value.wire()).put("description", value.description()));
            return json;
        }
        if (type instanceof Union union) {
            return writeUnion(union, cache);
        }
        // The model's node is shared: this one gets its members, not the node.
        ObjectNode json = NODES.objectNode().put("kind", "model");
        json.setAll(model((Model) type, cache));
        return json;
    }

    /** {@code discriminator} only when there is one, so that unions without one read the same. */
    private static ObjectNode writeUnion(Union union, WriteCache cache) {
        ObjectNode json = NODES.objectNode()
                .put("kind", "union")
                .put("name", union.name())
                .put("description", union.description())
                .put("exclusive", union.isExclusive());
        union.discriminator().ifPresent(property -> json.put("discriminator", property));
        ArrayNode variants = json.putArray("variants");
        union.variants().forEach(variant ->
                variants.addObject().put("tag", variant.tag()).set("type", type(variant.type(), cache)));
        return json;
    }

    /** The keys added with maps, nullable items and constants are written only when used, so older snapshots stay equal. */
    private static ObjectNode writeField(Field field, WriteCache cache) {
        ObjectNode json = NODES.objectNode()
                .put("name", field.name())
                .put("optional", field.isOptional())
                .put("nullable", field.isNullable())
                .put("array", field.isArray())
                .put("description", field.description());
        if (field.isMap()) {
            json.put("map", true);
        }
        if (field.hasNullableItems()) {
            json.put("nullableItems", true);
        }
        json.set("type", type(field.type(), cache));
        field.constant().ifPresent(value -> json.set("const", value));
        field.defaultValue().ifPresent(value -> json.set("default", value));
        if (!field.constraints().isEmpty()) {
            json.set("constraints", constraints(field.constraints()));
        }
        return json;
    }

    private static ObjectNode constraints(Constraints constraints) {
        ObjectNode json = NODES.objectNode();
        constraints.minimum().ifPresent(value -> json.set("minimum", DecimalNode.valueOf(value)));
        constraints.maximum().ifPresent(value -> json.set("maximum", DecimalNode.valueOf(value)));
        constraints.minLength().ifPresent(value -> json.put("minLength", value));
        constraints.maxLength().ifPresent(value -> json.put("maxLength", value));
        constraints.pattern().ifPresent(value -> json.put("pattern", value));
        constraints.minItems().ifPresent(value -> json.put("minItems", value));
        constraints.maxItems().ifPresent(value -> json.put("maxItems", value));
        return json;
    }

    /** A model standing on its own (an input, output or payload); read once per node. */
    static Model readModel(JsonCursor json) {
        return json.once(json.cache().models, ModelJson::model);
    }

    /** A field's type; read once per node. */
    static SchemaType readType(JsonCursor json) {
        return json.once(json.cache().types, ModelJson::type);
    }

    /** Reads the model's keys; a cursor that already read {@code kind} reads a type of kind model. */
    private static Model model(JsonCursor json) {
        Model.Builder model = Model.builder(json.text("name")).description(json.text("description", ""));
        if (json.bool("allowUnknownFields")) {
            model.allowUnknownFields();
        }
        json.objects("fields").forEach(field -> model.field(readField(field)));
        json.end();
        return json.build(model::build);
    }

    private static SchemaType type(JsonCursor json) {
        String kind = json.text("kind");
        switch (kind) {
            case "scalar" -> {
                String name = json.text("name");
                json.end();
                return Scalar.byName(name).orElseThrow(() -> json.fail("unknown scalar '" + name + "'"));
            }
            case "enum" -> {
                return readEnum(json);
            }
            case "model" -> {
                return model(json);
            }
            case "union" -> {
                return readUnion(json);
            }
            default -> throw json.failAt("kind",
                    "unknown type kind '" + kind + "' (expected scalar, enum, model or union)");
        }
    }

    private static EnumType readEnum(JsonCursor json) {
        EnumType.Builder enumType = EnumType.builder(json.text("name")).description(json.text("description", ""));
        for (JsonCursor value : json.objects("values")) {
            enumType.value(value.text("wire"), value.text("description", ""));
            value.end();
        }
        json.end();
        return json.build(enumType::build);
    }

    private static Union readUnion(JsonCursor json) {
        Union.Builder union = Union.builder(json.text("name")).description(json.text("description", ""));
        if (!json.bool("exclusive")) {
            union.inclusive();
        }
        json.optionalText("discriminator").ifPresent(property -> json.build(() -> union.discriminator(property)));
        for (JsonCursor variant : json.objects("variants")) {
            union.variant(variant.text("tag"), readType(variant.object("type")));
            variant.end();
        }
        json.end();
        return json.build(union::build);
    }

    private static Field readField(JsonCursor json) {
        return json.once(json.cache().fields, ModelJson::field);
    }

    private static Field field(JsonCursor json) {
        String name = json.text("name");
        SchemaType type = readType(json.object("type"));
        Field.Builder field = json.bool("optional") ? Field.optional(name, type) : Field.required(name, type);
        if (json.bool("nullable")) {
            field.nullable();
        }
        if (json.bool("array")) {
            field.array();
        }
        if (json.bool("map")) {
            field.map();
        }
        if (json.bool("nullableItems")) {
            field.nullableItems();
        }
        json.optionalValue("const").ifPresent(field::constant);
        field.description(json.text("description", ""));
        json.optionalValue("default").ifPresent(field::defaultValue);
        json.optionalObject("constraints", false).ifPresent(constraints -> readConstraints(constraints, field));
        json.end();
        return json.build(field::build);
    }

    private static void readConstraints(JsonCursor json, Field.Builder field) {
        json.optionalDecimal("minimum").ifPresent(field::minimum);
        json.optionalDecimal("maximum").ifPresent(field::maximum);
        json.optionalInteger("minLength").ifPresent(field::minLength);
        json.optionalInteger("maxLength").ifPresent(field::maxLength);
        json.optionalText("pattern").ifPresent(field::pattern);
        json.optionalInteger("minItems").ifPresent(field::minItems);
        json.optionalInteger("maxItems").ifPresent(field::maxItems);
        json.end();
    }
}
