package io.contractspec.schema;

import io.contractspec.annotations.PublicApi;

/**
 * A named type that a model field can have: a {@link Scalar}, an {@link EnumType}, a nested
 * {@link Model} or a {@link Union} of types. Names are the identity used by every projection (JSON
 * Schema {@code $defs}, OpenAPI components, GraphQL types, TypeScript types).
 */
@PublicApi
public sealed interface SchemaType permits Scalar, EnumType, Model, Union {

    String name();

    /** Human description; empty when none was given. */
    String description();

    /** The JSON value kind of this type on the wire. */
    JsonType jsonType();
}
