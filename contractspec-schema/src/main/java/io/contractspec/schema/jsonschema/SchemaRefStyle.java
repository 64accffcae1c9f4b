package io.contractspec.schema.jsonschema;

import io.contractspec.annotations.PublicApi;


/**
 * Where a reference to a named type points. Type names are identifiers, so they need no JSON
 * Pointer escaping after the prefix.
 */
@PublicApi
public enum SchemaRefStyle {

    /** {@code #/$defs/<Name>}: the named types live in the document's own {@code $defs}. */
    DEFS("#/$defs/"),

    /** {@code #/components/schemas/<Name>}: the named types live in an OpenAPI 3.1 document's components. */
    OPENAPI_COMPONENTS("#/components/schemas/");

    private final String prefix;

    SchemaRefStyle(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The {@code $ref} value for a named type. */
    public String ref(String typeName) {
        return prefix + typeName;
    }
}
