package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.internal.Paths;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Severity;
import io.contractspec.schema.Union;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names are the identity of types in every projection (JSON Schema {@code $defs}, OpenAPI
 * components, GraphQL and TypeScript types): two different models or enums with one name collide
 * there, however far apart they are used. Reported once per extra variant, where it first appears.
 */
@PublicApi
public final class ConflictingModelShapes implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Two models (or enums) share a name but differ, anywhere in the registry and at any depth.";
    }

    @Override
    public void check(LintContext context) {
        new Walk(context).run();
    }

    /** One named type as first seen: the type and where. */
    private record Variant(SchemaType type, Spec spec, String path) {
        String where() {
            return spec.ref() + " " + path;
        }
    }

    private static final class Walk {
        private final LintContext context;
        private final Map<String, List<Variant>> variants = new HashMap<>();
        private final Set<SchemaType> visited = Collections.newSetFromMap(new IdentityHashMap<>());

        Walk(LintContext context) {
            this.context = context;
        }

        void run() {
            for (Spec spec : context.registry().all()) {
                if (spec instanceof OperationSpec operation) {
                    operation.input().ifPresent(input -> visit(spec, "io.input", input));
                    visit(spec, "io.output", operation.output());
                } else if (spec instanceof EventSpec event) {
                    visit(spec, "payload", event.payload());
                }
            }
        }

        private void visit(Spec spec, String path, SchemaType type) {
            if (type instanceof Scalar || !visited.add(type)) {
                return;
            }
            List<Variant> known = variants.computeIfAbsent(type.name(), name -> new ArrayList<>());
            if (known.stream().noneMatch(variant -> variant.type().equals(type))) {
                if (!known.isEmpty()) {
                    Variant first = known.get(0);
                    context.report(spec, path, kind(type) + " " + type.name() + " differs from the "
                            + kind(first.type()) + " of that name at " + first.where() + ": "
                            + ShapeDifference.describe(type, first.type()),
                            "give one of them another name, or make them identical");
                }
                known.add(new Variant(type, spec, path));
            }
            if (type instanceof Model model) {
                for (Field field : model.fields()) {
                    String at = Paths.join(path, field.name());
                    visit(spec, field.isArray() && field.type() instanceof Model ? at + "[]" : at, field.type());
                }
            } else if (type instanceof Union union) {
                union.variants().forEach(variant -> visit(spec, path + "|" + variant.tag(), variant.type()));
            }
        }
    }

    static String kind(SchemaType type) {
        return type instanceof Model ? "model" : type instanceof Union ? "union" : "enum";
    }
}
