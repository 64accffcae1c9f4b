/**
 * Public API: The GraphQL surface: {@link io.contractspec.graphql.GraphQlSurface} serves a registry through its
 * executor over GraphQL over HTTP and {@code graphql-transport-ws}; {@link io.contractspec.graphql.GraphQlSchemas}
 * prints the schema for export.
 *
 * <h2>How contracts become GraphQL</h2>
 * <ul>
 *   <li>Exposed queries ({@code SurfaceNames#exposed()}) are {@code Query} fields, commands
 *       {@code Mutation} fields, named by {@code SurfaceNames#graphqlField} ({@code workflowInstanceResume});
 *       each takes one {@code input} argument, non-null when the input model has a mandatory field.</li>
 *   <li>Every event key (its latest version) is a {@code Subscription} field named like an
 *       operation ({@code workflow.instance.resumed} → {@code workflowInstanceResumed}) whose type is
 *       the payload model.</li>
 *   <li>Models are object types (outputs, payloads) and input types (inputs); a model used both ways
 *       keeps its name as object type and is {@code <Name>Input} as input type.</li>
 *   <li>Enums are GraphQL enums; a wire value becomes its GraphQL name in upper case with every
 *       character outside {@code [A-Za-z0-9_]} as {@code _} and a leading {@code _} before a digit
 *       ({@code request_changes} → {@code REQUEST_CHANGES}); the wire value is what the executor sees.</li>
 *   <li>Scalars: String, Boolean, Float and ID are GraphQL's; Int is {@code Int} when the field's
 *       bounds fit 32 bits, else {@code Long}; all others are custom scalars of the contract's name
 *       whose coercion is the contract's own check.</li>
 *   <li>Descriptions come from specs, models, fields and enum values; deprecated specs are
 *       {@code @deprecated(reason:)} with their replacement and sunset.</li>
 * </ul>
 */
package io.contractspec.graphql;
