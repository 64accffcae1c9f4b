package io.contractspec.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAPI schemas to schema types. Components become named types once; inline objects, enums and
 * unions are named after where they are used ({@code Pet} + {@code owner} → {@code PetOwner}).
 * What our types cannot say becomes a diagnostic at the schema's JSON pointer and the closest type
 * that accepts at least what the document accepts ({@code JSON} when nothing closer fits).
 *
 * <p>This mapper reads schemas as outputs: {@code writeOnly} properties are left out. Its
 * {@link #forInput()} view reads them as inputs, leaving {@code readOnly} properties out; a
 * component with either kind of property (itself or through the types it uses) is then two types,
 * {@code Pet} and {@code PetInput}, and every other component one type shared by both.
 */
public final class SchemaMapper {

    private static final String COMPONENTS = "#/components/schemas/";

    private final OpenAPI api;
    private final ImportProblems problems;
    private final TypeNames names;
    private final Map<String, SchemaType> components = new HashMap<>();
    private final Set<String> building = new HashSet<>();
    private final FieldMapper fields;
    /** The output mapper; for the input view, the mapper it shares non-directional components with. */
    private final SchemaMapper outputs;
    private final Directions directions;
    private SchemaMapper inputs;

    public SchemaMapper(OpenAPI api, ImportProblems problems) {
        this.api = api;
        this.problems = problems;
        this.names = new TypeNames();
        this.fields = new FieldMapper(this, problems);
        this.outputs = null;
        this.directions = new Directions(this);
    }

    private SchemaMapper(SchemaMapper outputs) {
        this.api = outputs.api;
        this.problems = outputs.problems;
        this.names = outputs.names;
        this.fields = new FieldMapper(this, problems);
        this.outputs = outputs;
        this.directions = outputs.directions;
    }

    /** The same document read as inputs: readOnly properties left out. */
    public SchemaMapper forInput() {
        if (outputs != null) {
            return this;
        }
        if (inputs == null) {
            inputs = new SchemaMapper(this);
        }
        return inputs;
    }

    /** Whether a property belongs in the types this mapper builds. */
    boolean keeps(Schema<?> property) {
        Schema<?> resolved = resolve(property);
        Schema<?> own = property.get$ref() == null ? property : resolved;
        if (own == null) {
            return true;
        }
        return outputs == null ? !Boolean.TRUE.equals(own.getWriteOnly()) : !Boolean.TRUE.equals(own.getReadOnly());
    }

    /** The field for a property or parameter; its wire name becomes an identifier when it is not one. */
    public Field field(String wireName, Schema<?> schema, boolean required, String owner, String pointer) {
        return fields.field(wireName, schema, required, owner, pointer, false);
    }

    /** The field of a path, query or header parameter: bound by its wire name, whatever the field is called. */
    public Field parameterField(String wireName, Schema<?> schema, boolean required, String owner, String pointer) {
        return fields.field(wireName, schema, required, owner, pointer, true);
    }

    /** An object schema (or a reference to one) as a model; empty when the schema is not an object. */
    public Optional<Model> model(Schema<?> schema, String name, String pointer) {
        Schema<?> resolved = resolve(schema);
        if (resolved == null || !new SchemaView(resolved).isObject() || new SchemaView(resolved).mapValues().isPresent()
                && new SchemaView(resolved).properties() == null) {
            return Optional.empty();
        }
        SchemaType type = value(schema, name, pointer);
        return type instanceof Model model ? Optional.of(model) : Optional.empty();
    }

    /** The component a {@code $ref} names, or the schema itself; null for a dangling reference. */
    Schema<?> resolve(Schema<?> schema) {
        Set<String> seen = new HashSet<>();
        Schema<?> at = schema;
        while (at != null && at.get$ref() != null) {
            String name = componentName(at.get$ref());
            if (name == null || !seen.add(name)) {
                return null;
            }
            at = component(name);
        }
        return at;
    }

    private Schema<?> component(String name) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return null;
        }
        return api.getComponents().getSchemas().get(name);
    }

    private static String componentName(String ref) {
        return ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    /**
     * The type of one value (never an array: {@link FieldMapper} unwraps those). A reference to an
     * object, enum or union component is that component's named type.
     */
    SchemaType value(Schema<?> schema, String name, String pointer) {
        if (schema.get$ref() != null) {
            String component = componentName(schema.get$ref());
            Schema<?> target = component == null ? null : component(component);
            if (target == null) {
                problems.warn(pointer, "unresolved-ref", "the reference " + schema.get$ref()
                        + " does not name a component schema; the value is typed JSON");
                return Scalar.JSON;
            }
            return named(component, target, pointer);
        }
        return inline(schema, name, pointer);
    }

    private SchemaType named(String component, Schema<?> target, String usedAt) {
        if (outputs != null && !directions.differs(component)) {
            return outputs.named(component, target, usedAt); // one type for inputs and outputs
        }
        SchemaType known = components.get(component);
        if (known != null) {
            return known;
        }
        String pointer = "/components/schemas/" + component.replace("~", "~0").replace("/", "~1");
        if (!building.add(component)) {
            problems.warn(usedAt, "recursive", "schema " + component + " contains itself here; this inner occurrence"
                    + " is typed JSON, as contracts have no recursive types yet");
            return Scalar.JSON;
        }
        try {
            SchemaType type = inline(target, Identifiers.typeName(component) + (outputs != null ? "Input" : ""), pointer);
            components.put(component, type);
            return type;
        } finally {
            building.remove(component);
        }
    }

    private SchemaType inline(Schema<?> schema, String name, String pointer) {
        SchemaView view = new SchemaView(schema);
        Optional<Scalar> ours = ownScalar(schema);
        if (ours.isPresent()) {
            return ours.get();
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1 && view.properties() == null
                && !isObject(schema.getAllOf().get(0))) {
            // allOf around one value (an enum, a string with rules) to add a description or constraints beside it.
            return value(schema.getAllOf().get(0), name, pointer + "/allOf/0");
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return new AllOfMerger(this, problems).merge(schema, names.reserve(name), pointer).map(this::share)
                    .orElse(Scalar.JSON_OBJECT);
        }
        List<Schema> variants = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (variants != null && !variants.isEmpty()) {
            return new UnionMapper(this, problems).union(schema, variants, name, pointer);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return enumeration(schema, name, pointer);
        }
        Optional<String> type = view.type();
        if (type.isEmpty()) {
            if (view.types().size() > 1) {
                problems.warn(pointer, "type-list", "a value of types " + view.types()
                        + " is typed JSON; declare a oneOf to keep the alternatives");
                return Scalar.JSON;
            }
            if (view.properties() != null) {
                return object(schema, name, pointer);
            }
            // 3.1 allows a constant without a type; its value says which type it has.
            return view.constant().map(SchemaMapper::typeOf).orElse(Scalar.JSON);
        }
        return switch (type.get()) {
            case "string" -> Formats.scalar(view.schema().getFormat());
            case "integer" -> Scalar.INT;
            case "number" -> Scalar.FLOAT;
            case "boolean" -> Scalar.BOOLEAN;
            case "array" -> {
                problems.warn(pointer, "nested-array", "an array of arrays is typed JSON");
                yield Scalar.JSON;
            }
            default -> object(schema, name, pointer);
        };
    }

    /** The scalar our export named with {@code x-contractspec-scalar} (ID, NonEmptyString…), if any. */
    static Optional<Scalar> ownScalar(Schema<?> schema) {
        return schema.getExtensions() != null && schema.getExtensions().get("x-contractspec-scalar") instanceof String name
                ? Scalar.byName(name) : Optional.empty();
    }

    private boolean isObject(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        return resolved == null || new SchemaView(resolved).isObject() || resolved.getAllOf() != null;
    }

    private SchemaType object(Schema<?> schema, String name, String pointer) {
        SchemaView view = new SchemaView(schema);
        if (view.properties() != null && view.properties().isEmpty() && Boolean.FALSE.equals(schema.getAdditionalProperties())) {
            // An object that may have no property at all: a model without fields (our export's empty body).
            return share(Model.builder(names.reserve(name)).description(view.description()).build());
        }
        if (view.properties() == null || view.properties().isEmpty()) {
            if (view.mapValues().isPresent()) {
                problems.warn(pointer, "map-value", "a map is typed JSONObject where it is not a field's value");
            }
            return Scalar.JSON_OBJECT;
        }
        String typeName = names.reserve(name);
        Model.Builder model = Model.builder(typeName).description(view.description());
        view.properties().forEach((property, propertySchema) -> {
            if (keeps(propertySchema)) {
                model.field(field(property, propertySchema, view.required().contains(property), typeName,
                        ImportProblems.step(pointer + "/properties", property)));
            }
        });
        if (!view.forbidsAdditionalProperties()) {
            model.allowUnknownFields();
        }
        return share(ModelBuilds.build(model, pointer, problems));
    }

    private SchemaType enumeration(Schema<?> schema, String name, String pointer) {
        EnumType.Builder enumType = EnumType.builder(names.reserve(name)).description(new SchemaView(schema).description());
        // Redoc's x-enumDescriptions, which our export writes: what each value means.
        Map<?, ?> descriptions = schema.getExtensions() != null
                && schema.getExtensions().get("x-enumDescriptions") instanceof Map<?, ?> map ? map : Map.of();
        Set<String> seen = new HashSet<>();
        for (Object value : schema.getEnum()) {
            if (!(value instanceof String text)) {
                if (value != null) {
                    problems.warn(pointer + "/enum", "non-string-enum", "enum values that are not strings ("
                            + value + ") are typed by their JSON type, without the list of values");
                    return inlineWithoutEnum(schema, name, pointer);
                }
                continue;
            }
            if (!text.isEmpty() && seen.add(text)) {
                enumType.value(text, descriptions.get(text) instanceof String description ? description.strip() : "");
            }
        }
        if (seen.isEmpty()) {
            problems.warn(pointer + "/enum", "empty-enum", "an enum without a non-empty string value is typed String");
            return Scalar.STRING;
        }
        return share(enumType.build());
    }

    private SchemaType inlineWithoutEnum(Schema<?> schema, String name, String pointer) {
        String type = new SchemaView(schema).type().orElse("");
        return switch (type) {
            case "integer" -> Scalar.INT;
            case "number" -> Scalar.FLOAT;
            case "boolean" -> Scalar.BOOLEAN;
            case "string" -> Scalar.STRING;
            default -> Scalar.JSON;
        };
    }

    private static Scalar typeOf(JsonNode value) {
        if (value.isTextual()) {
            return Scalar.STRING;
        }
        if (value.isIntegralNumber()) {
            return Scalar.INT;
        }
        return value.isNumber() ? Scalar.FLOAT : value.isBoolean() ? Scalar.BOOLEAN : Scalar.JSON;
    }

    /** The type, or an equal one built before under the same name. */
    <T extends SchemaType> SchemaType share(T type) {
        SchemaType known = names.known(type.name());
        if (known != null && known.equals(type)) {
            return known;
        }
        return names.register(type);
    }

    TypeNames names() {
        return names;
    }
}
