package io.contractspec.schema.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Scalar;

/**
 * Decides which scalars are defined once under their name instead of inline. A scalar whose
 * fragment lists many values (TimeZone, Currency, CountryCode) would otherwise be repeated at every
 * field that uses it and dwarf the document.
 */
final class SharedScalars {

    /** More enum values than this and the fragment is shared; small enums read better inline. */
    static final int MAX_INLINE_ENUM_VALUES = 16;

    private SharedScalars() {}

    static boolean isShared(Scalar scalar) {
        return isLarge(scalar.jsonSchema());
    }

    static boolean isLarge(JsonNode fragment) {
        JsonNode values = fragment.path("enum");
        return values.isArray() && values.size() > MAX_INLINE_ENUM_VALUES;
    }
}
