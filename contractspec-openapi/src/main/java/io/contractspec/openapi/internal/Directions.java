package io.contractspec.openapi.internal;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which components read differently as inputs and as outputs: those with a {@code readOnly} or
 * {@code writeOnly} property, themselves or through a component they use (properties, items, map
 * values, allOf, oneOf and anyOf followed; cycles end the search).
 */
final class Directions {

    private final SchemaMapper schemas;
    private final Map<String, Boolean> known = new HashMap<>();

    Directions(SchemaMapper schemas) {
        this.schemas = schemas;
    }

    boolean differs(String component) {
        Boolean answer = known.get(component);
        if (answer == null) {
            // Identity: a schema's equals and hashCode walk the whole schema.
            answer = differs(new Schema<>().$ref("#/components/schemas/" + component),
                    Collections.newSetFromMap(new IdentityHashMap<>()));
            known.put(component, answer);
        }
        return answer;
    }

    private boolean differs(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null) {
            return false;
        }
        Schema<?> resolved = schemas.resolve(schema);
        if (resolved == null || !seen.add(resolved)) {
            return false;
        }
        if (resolved.getProperties() != null) {
            for (Schema<?> property : resolved.getProperties().values()) {
                if (Boolean.TRUE.equals(property.getReadOnly()) || Boolean.TRUE.equals(property.getWriteOnly())
                        || differs(property, seen)) {
                    return true;
                }
            }
        }
        for (List<Schema> parts : Arrays.asList(resolved.getAllOf(), resolved.getOneOf(), resolved.getAnyOf())) {
            if (parts != null && parts.stream().anyMatch(part -> differs(part, seen))) {
                return true;
            }
        }
        Object values = resolved.getAdditionalProperties();
        return differs(resolved.getItems(), seen)
                || differs(Optional.ofNullable(values).filter(Schema.class::isInstance).map(Schema.class::cast)
                        .orElse(null), seen);
    }
}
