package io.contractspec.schema;

/** The JSON value kind a type travels as on the wire. */
public enum JsonType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    OBJECT,
    /** Any JSON value (the {@code JSON} scalar). */
    ANY
}
