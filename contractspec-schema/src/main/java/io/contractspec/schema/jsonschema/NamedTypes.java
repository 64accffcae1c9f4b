package io.contractspec.schema.jsonschema;

import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects every type that gets its own definition (models, enums, unions, shared scalars) reachable from
 * some models, keyed by name. Names are the identity of a definition, so two different types with
 * one name are a programmer error: each would silently replace the other.
 */
final class NamedTypes {

    private record Seen(SchemaType type, String place) {}

    private final SortedMap<String, Seen> byName = new TreeMap<>();

    private NamedTypes() {}

    /** @throws IllegalArgumentException when two different types share a name */
    static SortedMap<String, SchemaType> collect(Collection<Model> models) {
        NamedTypes named = new NamedTypes();
        for (Model model : models) {
            named.visit(model, model.name());
        }
        SortedMap<String, SchemaType> types = new TreeMap<>();
        named.byName.forEach((name, seen) -> types.put(name, seen.type()));
        return Collections.unmodifiableSortedMap(types);
    }

    private void visit(SchemaType type, String place) {
        if (type instanceof Scalar scalar && !SharedScalars.isShared(scalar)) {
            return;
        }
        Seen earlier = byName.putIfAbsent(type.name(), new Seen(type, place));
        if (earlier != null) {
            requireSame(earlier, type, place);
            return;
        }
        if (type instanceof Model model) {
            for (Field field : model.fields()) {
                visit(field.type(), place + "." + field.name());
            }
        } else if (type instanceof Union union) {
            for (Union.Variant variant : union.variants()) {
                visit(variant.type(), place + "|" + variant.tag());
            }
        }
    }

    private static void requireSame(Seen earlier, SchemaType type, String place) {
        if (earlier.type() != type && !earlier.type().equals(type)) {
            throw new IllegalArgumentException("two different types are named '" + type.name() + "': the "
                    + kind(earlier.type()) + " at " + earlier.place() + " and the " + kind(type) + " at " + place);
        }
    }

    private static String kind(SchemaType type) {
        if (type instanceof Model) {
            return "model";
        }
        if (type instanceof Union) {
            return "union";
        }
        return type instanceof EnumType ? "enum" : "scalar";
    }
}
