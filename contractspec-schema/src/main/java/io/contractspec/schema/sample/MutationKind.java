package io.contractspec.schema.sample;

import io.contractspec.annotations.PublicApi;


/** The one fault a {@link PayloadGenerator} puts into an otherwise valid payload. */
@PublicApi
public enum MutationKind {
    /** A required field is left out. */
    DROP_REQUIRED,
    /** A field the model does not declare is added. */
    UNKNOWN_FIELD,
    /** A value (or the payload itself) is replaced by one of another JSON kind. */
    WRONG_KIND,
    /** A field that is not nullable is set to null. */
    NULL_NOT_NULLABLE,
    /** An array item is set to null; items are never nullable. */
    NULL_ITEM,
    BELOW_MINIMUM,
    ABOVE_MAXIMUM,
    TOO_SHORT,
    TOO_LONG,
    /** A string that contains no match of the field's pattern. */
    PATTERN_MISMATCH,
    /** A string that is not one of the enum's values. */
    BAD_ENUM_VALUE,
    /** A value of the right JSON kind that the scalar rejects, from {@link ScalarSampler#invalid}. */
    INVALID_SCALAR,
    TOO_FEW_ITEMS,
    TOO_MANY_ITEMS
}
