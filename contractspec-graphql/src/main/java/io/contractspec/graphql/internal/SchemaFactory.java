package io.contractspec.graphql.internal;

import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Semver;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the GraphQL schema of a registry: the exposed queries ({@link SurfaceNames#exposed()}) as
 * {@code Query} fields, the exposed commands as {@code Mutation} fields, each with one {@code input}
 * argument (a paginated one answers with a Relay-style {@link Connections connection}); the latest
 * version of every event as a {@code Subscription} field named like an
 * operation ({@code workflow.instance.resumed} → {@code workflowInstanceResumed}). Which code runs
 * behind each root field is the caller's {@link RootFetchers}.
 */
public final class SchemaFactory {

    public static final String INPUT = "input";

    private SchemaFactory() {}

    /** What runs behind the root fields. */
    public interface RootFetchers {
        DataFetcher<?> operation(OperationSpec operation);

        DataFetcher<?> event(EventSpec event);
    }

    /** The events a schema subscribes to: the latest version of each key, by field name. */
    public static Map<String, EventSpec> subscriptionEvents(ContractRegistry registry) {
        Map<String, EventSpec> latest = new TreeMap<>();
        for (EventSpec event : registry.events()) {
            latest.merge(event.key(), event, (a, b) -> Semver.parse(a.version()).compareTo(Semver.parse(b.version())) >= 0 ? a : b);
        }
        return latest.values().stream().collect(Collectors.toMap(event -> SurfaceNames.camel(event.key()), event -> event,
                (a, b) -> { throw new IllegalArgumentException("events " + a.ref() + " and " + b.ref() + " share a subscription field"); },
                TreeMap::new));
    }

    public static GraphQLSchema build(ContractRegistry registry, RootFetchers fetchers) {
        SurfaceNames names = SurfaceNames.of(registry.operations());
        List<OperationSpec> exposed = new ArrayList<>(names.exposed());
        exposed.sort(Comparator.comparing(names::graphqlField));
        Map<String, EventSpec> events = subscriptionEvents(registry);
        ModelTypes types = new ModelTypes(new ContractScalars(), usedBothWays(exposed, events.values()));
        Connections connections = new Connections(types);
        GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry()
                .defaultDataFetcher(environment -> JsonFieldFetcher.INSTANCE);
        GraphQLObjectType.Builder query = GraphQLObjectType.newObject().name("Query");
        GraphQLObjectType.Builder mutation = GraphQLObjectType.newObject().name("Mutation");
        int queries = 0;
        int commands = 0;
        for (OperationSpec operation : exposed) {
            String rootType = operation.isCommand() ? "Mutation" : "Query";
            GraphQLFieldDefinition field = operationField(operation, names.graphqlField(operation), types, connections);
            (operation.isCommand() ? mutation : query).field(field);
            code.dataFetcher(FieldCoordinates.coordinates(rootType, field.getName()), fetchers.operation(operation));
            if (operation.isCommand()) {
                commands++;
            } else {
                queries++;
            }
        }
        if (queries == 0) {
            query.field(GraphQLFieldDefinition.newFieldDefinition().name("_empty").type(Scalars.GraphQLBoolean)
                    .description("The registry has no queries; GraphQL needs one Query field."));
        }
        GraphQLSchema.Builder schema = GraphQLSchema.newSchema().query(query.build());
        if (commands > 0) {
            schema.mutation(mutation.build());
        }
        if (!events.isEmpty()) {
            GraphQLObjectType.Builder subscription = GraphQLObjectType.newObject().name("Subscription");
            events.forEach((name, event) -> {
                subscription.field(GraphQLFieldDefinition.newFieldDefinition()
                        .name(name)
                        .description(describe(event, "Delivered after the commit that published " + event.key() + "."))
                        .deprecate(deprecation(event))
                        .type(GraphQLNonNull.nonNull(types.output(event.payload()))));
                code.dataFetcher(FieldCoordinates.coordinates("Subscription", name), fetchers.event(event));
            });
            schema.subscription(subscription.build());
        }
        types.unionResolvers().forEach(code::typeResolver);
        return schema.codeRegistry(code.build()).build();
    }

    private static GraphQLFieldDefinition operationField(OperationSpec operation, String name, ModelTypes types,
            Connections connections) {
        GraphQLFieldDefinition.Builder field = GraphQLFieldDefinition.newFieldDefinition()
                .name(name)
                .description(describe(operation, "Goal: " + operation.goal()))
                .deprecate(deprecation(operation))
                .type(Connections.itemsOf(operation).isPresent()
                        ? connections.type(operation) : types.output(operation.output()));
        operation.input().ifPresent(input -> {
            GraphQLInputType type = types.input(input);
            field.argument(GraphQLArgument.newArgument().name(INPUT)
                    .type(hasMandatoryField(input) ? GraphQLNonNull.nonNull(type) : type));
        });
        return field.build();
    }

    static boolean hasMandatoryField(Model model) {
        return model.fields().stream().anyMatch(f -> f.isRequired() && !f.isNullable() && f.defaultValue().isEmpty());
    }

    private static String describe(Spec spec, String more) {
        String description = spec.meta().description();
        String ref = "(" + spec.meta().key() + " " + spec.meta().version() + ")";
        return (description.isEmpty() ? "" : description + "\n\n") + more + " " + ref;
    }

    private static String deprecation(Spec spec) {
        if (spec.meta().stability() != Stability.DEPRECATED) {
            return null;
        }
        StringBuilder reason = new StringBuilder("Deprecated.");
        if (spec instanceof OperationSpec operation) {
            operation.deprecation().replacedBy().ifPresent(ref -> reason.append(" Use ").append(ref).append('.'));
            operation.deprecation().sunset().ifPresent(date -> reason.append(" Removed after ").append(date).append('.'));
        }
        return reason.toString();
    }

    private static Set<String> usedBothWays(List<OperationSpec> operations, java.util.Collection<EventSpec> events) {
        Set<String> inputs = new HashSet<>();
        Set<String> outputs = new HashSet<>();
        for (OperationSpec operation : operations) {
            operation.input().ifPresent(input -> collect(input, inputs));
            collect(operation.output(), outputs);
        }
        events.forEach(event -> collect(event.payload(), outputs));
        inputs.retainAll(outputs);
        return inputs;
    }

    private static void collect(Model model, Set<String> names) {
        if (!names.add(model.name())) {
            return;
        }
        for (Field field : model.fields()) {
            if (field.type() instanceof Model nested) {
                collect(nested, names);
            }
        }
    }
}
