package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Union;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Output unions of models become GraphQL union types; the resolver picks the variant by the
 * discriminator or, without one, by the first variant model the payload is valid against (the
 * output was validated against the union before it got here, so one matches). GraphQL unions hold
 * only object types, so a union with a scalar, enum or empty-model variant travels as {@code JSON}.
 */
final class UnionTypes {

    private final Map<String, GraphQLOutputType> unions = new HashMap<>();
    private final Map<String, TypeResolver> resolvers = new HashMap<>();

    GraphQLOutputType output(Union union, ContractScalars scalars, Function<Model, GraphQLOutputType> objects) {
        GraphQLOutputType known = unions.get(union.name());
        if (known != null) {
            return known;
        }
        if (!union.variants().stream().allMatch(variant -> variant.type() instanceof Model model
                && !model.fields().isEmpty())) {
            return scalars.forScalar(Scalar.JSON);
        }
        GraphQLUnionType.Builder type = GraphQLUnionType.newUnionType().name(union.name())
                .description(ModelTypes.text(union.description()));
        for (Union.Variant variant : union.variants()) {
            // A model with fields is always an object type (models cannot hold themselves).
            type.possibleType((GraphQLObjectType) objects.apply((Model) variant.type()));
        }
        GraphQLUnionType built = type.build();
        unions.put(union.name(), built);
        resolvers.put(union.name(), environment -> resolve(union, environment));
        return built;
    }

    /** The type resolvers of the unions built so far, by union name, for the code registry. */
    Map<String, TypeResolver> resolvers() {
        return Collections.unmodifiableMap(resolvers);
    }

    private static GraphQLObjectType resolve(Union union, TypeResolutionEnvironment environment) {
        JsonNode value = environment.getObject();
        Union.Variant chosen = union.discriminator()
                .flatMap(property -> union.variant(value.path(property).asText()))
                .orElseGet(() -> union.variants().stream()
                        .filter(variant -> ((Model) variant.type()).validate(value).isValid())
                        .findFirst()
                        .orElse(union.variants().get(0)));
        return environment.getSchema().getObjectType(chosen.type().name());
    }
}
