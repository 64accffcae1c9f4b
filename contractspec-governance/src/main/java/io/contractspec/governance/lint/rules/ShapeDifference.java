package io.contractspec.governance.lint.rules;

import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Says in a few words how two named types differ, so that a conflict can be fixed without a diff tool. */
final class ShapeDifference {

    private ShapeDifference() {}

    static String describe(SchemaType here, SchemaType there) {
        if (here instanceof Model a && there instanceof Model b) {
            return models(a, b);
        }
        if (here instanceof EnumType a && there instanceof EnumType b) {
            return a.wireValues().equals(b.wireValues())
                    ? "value descriptions or the description differ"
                    : "values " + a.wireValues() + " here, " + b.wireValues() + " there";
        }
        return "one is " + article(here) + ", the other " + article(there);
    }

    private static String article(SchemaType type) {
        return type instanceof Model ? "a model" : type instanceof Union ? "a union" : "an enum";
    }

    private static String models(Model here, Model there) {
        Set<String> names = new LinkedHashSet<>();
        here.fields().forEach(field -> names.add(field.name()));
        there.fields().forEach(field -> names.add(field.name()));
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            Optional<Field> a = here.field(name);
            Optional<Field> b = there.field(name);
            if (a.isEmpty()) {
                differences.add("'" + name + "' only there");
            } else if (b.isEmpty()) {
                differences.add("'" + name + "' only here");
            } else if (!a.get().equals(b.get())) {
                differences.add(a.get().toString().equals(b.get().toString())
                        ? "'" + name + "' differs in its description, default, constraints or nested type"
                        : "'" + name + "' is " + a.get() + " here, " + b.get() + " there");
            }
        }
        if (!differences.isEmpty()) {
            return "fields differ: " + String.join("; ", differences);
        }
        if (!here.fields().equals(there.fields())) {
            return "field order or field details differ";
        }
        return here.allowsUnknownFields() != there.allowsUnknownFields()
                ? "one allows unknown fields, the other does not"
                : "descriptions differ";
    }
}
