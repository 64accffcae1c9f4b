package io.contractspec.graphql.internal;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.TypeResolver;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The GraphQL types of contract models: an object type per output model and an input type per
 * input model, nested models and arrays included, and one enum type per enum. A model used both
 * ways gets its name as the object type and {@code <name>Input} as the input type; a model used only
 * as input keeps its name. A model without fields is the {@code JSONObject} scalar. Output unions
 * of models are union types ({@link UnionTypes}).
 */
final class ModelTypes {

    private final ContractScalars scalars;
    private final Set<String> usedBothWays;
    private final Map<String, GraphQLObjectType> objects = new HashMap<>();
    private final Map<String, GraphQLInputObjectType> inputs = new HashMap<>();
    private final Map<String, GraphQLEnumType> enums = new HashMap<>();
    private final UnionTypes unions = new UnionTypes();

    ModelTypes(ContractScalars scalars, Set<String> usedBothWays) {
        this.scalars = scalars;
        this.usedBothWays = usedBothWays;
    }

    GraphQLOutputType output(Model model) {
        if (model.fields().isEmpty()) {
            return scalars.forScalar(Scalar.JSON_OBJECT);
        }
        GraphQLObjectType known = objects.get(model.name());
        if (known != null) {
            return known;
        }
        GraphQLObjectType.Builder type = GraphQLObjectType.newObject().name(model.name()).description(text(model.description()));
        for (Field field : model.fields()) {
            type.field(outputFieldDefinition(field));
        }
        GraphQLObjectType built = type.build();
        objects.put(model.name(), built);
        return built;
    }

    /** The object-type field of a model's field. */
    GraphQLFieldDefinition outputFieldDefinition(Field field) {
        return GraphQLFieldDefinition.newFieldDefinition()
                .name(field.name())
                .description(text(field.description()))
                .type(outputField(field))
                .build();
    }

    GraphQLInputType input(Model model) {
        if (model.fields().isEmpty()) {
            return scalars.forScalar(Scalar.JSON_OBJECT);
        }
        GraphQLInputObjectType known = inputs.get(model.name());
        if (known != null) {
            return known;
        }
        String name = usedBothWays.contains(model.name()) ? model.name() + "Input" : model.name();
        GraphQLInputObjectType.Builder type = GraphQLInputObjectType.newInputObject().name(name)
                .description(text(model.description()));
        for (Field field : model.fields()) {
            type.field(GraphQLInputObjectField.newInputObjectField()
                    .name(field.name())
                    .description(inputDescription(field))
                    .type(inputField(field)));
        }
        GraphQLInputObjectType built = type.build();
        inputs.put(model.name(), built);
        return built;
    }

    /** The type resolvers of the output unions, by union name, for the code registry. */
    Map<String, TypeResolver> unionResolvers() {
        return unions.resolvers();
    }

    /** Maps have no GraphQL counterpart (keys are data, not fields): they travel as {@code JSONObject}. */
    private GraphQLOutputType outputField(Field field) {
        GraphQLOutputType type;
        if (field.isMap()) {
            type = scalars.forScalar(Scalar.JSON_OBJECT);
        } else if (field.type() instanceof Model model) {
            type = output(model);
        } else if (field.type() instanceof Union union) {
            type = unions.output(union, scalars, this::output);
        } else {
            type = (GraphQLOutputType) leaf(field);
        }
        if (field.isArray()) {
            type = GraphQLList.list(field.hasNullableItems() ? type : GraphQLNonNull.nonNull(type));
        }
        return field.isRequired() && !field.isNullable() ? GraphQLNonNull.nonNull(type) : type;
    }

    /**
     * Required, not nullable and without default: non-null; otherwise the field may be left out.
     * GraphQL has no input unions, so an input union travels as {@code JSON} and a map as {@code JSONObject}.
     */
    private GraphQLInputType inputField(Field field) {
        GraphQLInputType type;
        if (field.isMap()) {
            type = scalars.forScalar(Scalar.JSON_OBJECT);
        } else if (field.type() instanceof Model model) {
            type = input(model);
        } else if (field.type() instanceof Union) {
            type = scalars.forScalar(Scalar.JSON);
        } else {
            type = (GraphQLInputType) leaf(field);
        }
        if (field.isArray()) {
            type = GraphQLList.list(field.hasNullableItems() ? type : GraphQLNonNull.nonNull(type));
        }
        boolean mandatory = field.isRequired() && !field.isNullable() && field.defaultValue().isEmpty();
        return mandatory ? GraphQLNonNull.nonNull(type) : type;
    }

    private GraphQLType leaf(Field field) {
        SchemaType type = field.type();
        if (type instanceof EnumType enumType) {
            return enumType(enumType);
        }
        return scalars.forField(field, (Scalar) type);
    }

    private GraphQLEnumType enumType(EnumType type) {
        return enums.computeIfAbsent(type.name(), name -> {
            Map<String, String> names = EnumValueNames.of(type);
            GraphQLEnumType.Builder builder = GraphQLEnumType.newEnum().name(name).description(enumDescription(type));
            for (EnumType.Value value : type.values()) {
                builder.value(names.get(value.wire()), value.wire(), wireDescription(value));
            }
            return builder.build();
        });
    }

    private static String enumDescription(EnumType type) {
        String mapping = "Wire values are the contract's strings; each GraphQL value is its wire value in upper case.";
        return type.description().isEmpty() ? mapping : type.description() + "\n\n" + mapping;
    }

    private static String wireDescription(EnumType.Value value) {
        String wire = "Wire value `" + value.wire() + "`.";
        return value.description() == null || value.description().isEmpty() ? wire : value.description() + " " + wire;
    }

    private static String inputDescription(Field field) {
        String description = text(field.description());
        if (field.defaultValue().isEmpty()) {
            return description;
        }
        String defaults = "Default: " + field.defaultValue().get() + ".";
        return description == null ? defaults : description + " " + defaults;
    }

    static String text(String description) {
        return description == null || description.isEmpty() ? null : description;
    }
}
