package io.contractspec.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.graphql.internal.SchemaFactory;

/**
 * The GraphQL schema of a registry without an executor behind it, for export and drift checks:
 * {@code contractspec graphql export} writes {@link #sdl}.
 */
@PublicApi
public final class GraphQlSchemas {

    private GraphQlSchemas() {}

    /** The schema of the registry in SDL: deterministic (types and fields in a fixed order), descriptions included. */
    public static String sdl(ContractRegistry registry) {
        return print(SchemaFactory.build(registry, new SchemaFactory.RootFetchers() {
            @Override
            public DataFetcher<?> operation(OperationSpec operation) {
                return environment -> {
                    throw new UnsupportedOperationException("an exported schema does not execute");
                };
            }

            @Override
            public DataFetcher<?> event(EventSpec event) {
                return operation(null);
            }
        }));
    }

    /** The GraphQL name of an enum wire value ({@code request_changes} → {@code REQUEST_CHANGES}). */
    public static String enumValueName(String wire) {
        return io.contractspec.graphql.internal.EnumValueNames.name(wire);
    }

    static String print(GraphQLSchema schema) {
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .includeScalarTypes(true)
                .includeSchemaDefinition(false)
                .includeDirectives(directive -> directive.equals("deprecated") || directive.equals("specifiedBy"));
        return new SchemaPrinter(options).print(schema);
    }
}
