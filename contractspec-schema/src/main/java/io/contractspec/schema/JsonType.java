package io.contractspec.schema;

import io.contractspec.annotations.PublicApi;


/** The JSON value kind a type travels as on the wire. */
@PublicApi
public enum JsonType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    OBJECT,
    /** Any JSON value (the {@code JSON} scalar). */
    ANY
}
