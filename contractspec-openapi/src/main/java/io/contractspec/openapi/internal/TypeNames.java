package io.contractspec.openapi.internal;

import io.contractspec.schema.SchemaType;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out type names so that two different types never share one: an equal type may reuse its
 * name, another gets a numbered one ({@code Item2}).
 */
final class TypeNames {

    private final Map<String, SchemaType> byName = new HashMap<>();

    /** A free name for a type about to be built under {@code wanted}. */
    String reserve(String wanted) {
        String name = wanted;
        for (int n = 2; byName.containsKey(name); n++) {
            name = wanted + n;
        }
        byName.put(name, null);
        return name;
    }

    /** Registers the built type; an equal type already known under the name is returned instead. */
    <T extends SchemaType> T register(T type) {
        byName.put(type.name(), type);
        return type;
    }

    /** Whether no type has or will have the name. */
    boolean isFree(String name) {
        return !byName.containsKey(name);
    }

    /** An equal type built before under the name, to share. */
    SchemaType known(String name) {
        return byName.get(name);
    }
}
