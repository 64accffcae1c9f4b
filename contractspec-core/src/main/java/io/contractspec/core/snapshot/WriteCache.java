package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.Example;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.SchemaType;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON of the models, fields, types and examples one document has written so far: each gets
 * one node, which {@link CanonicalWriter} then renders once. Models and types are told apart by
 * identity (a model used by a thousand operations is one instance, in the DSL and as read from a
 * snapshot); fields and examples by value, since every model builds its own fields, and the same
 * field or example turns up in many places. Equal values write equal JSON: every property that
 * is written takes part in their {@code equals}, and payloads equal as JSON values
 * ({@code JsonValues.equal}: numbers by value, members in any order) have one canonical text. The
 * nodes are shared, so nobody may modify them.
 */
final class WriteCache {

    private final Map<Model, ObjectNode> models = new IdentityHashMap<>();
    private final Map<Field, ObjectNode> fields = new HashMap<>();
    private final Map<SchemaType, ObjectNode> types = new IdentityHashMap<>();
    private final Map<Example, ObjectNode> examples = new HashMap<>();
    private final Set<JsonNode> written = Collections.newSetFromMap(new IdentityHashMap<>());

    ObjectNode model(Model model, Function<Model, ObjectNode> write) {
        return once(models, model, write);
    }

    ObjectNode field(Field field, Function<Field, ObjectNode> write) {
        return once(fields, field, write);
    }

    ObjectNode type(SchemaType type, Function<SchemaType, ObjectNode> write) {
        return once(types, type, write);
    }

    ObjectNode example(Example example, Function<Example, ObjectNode> write) {
        return once(examples, example, write);
    }

    /** Every node this cache handed out: the ones a document may hold many times. */
    Set<JsonNode> nodes() {
        return Collections.unmodifiableSet(written);
    }

    private <V> ObjectNode once(Map<V, ObjectNode> done, V value, Function<V, ObjectNode> write) {
        ObjectNode json = done.get(value);
        if (json == null) {
            // Not computeIfAbsent: writing a model writes its fields and types, which use the maps.
            json = write.apply(value);
            done.put(value, json);
            written.add(json);
        }
        return json;
    }
}
