package io.contractspec.openapi.internal;

import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Java sources of imported operations: the types in dependency order in {@code ApiTypes}
 * classes, the operations in one class per tag, the events from webhooks in {@code ApiEvents},
 * and a {@code ContractModule} with its ServiceLoader
 * entry. Classes are split before a static initializer could outgrow the class file's 64 KB limit
 * (a later types class refers only to earlier ones, so initialization never cycles).
 */
public final class ProjectSources {

    private static final Stability DEFAULT_EVENT_STABILITY = EventSpec.builder("default.stability", "1.0.0")
            .payload(Model.builder("Empty").build()).build().meta().stability();

    /** Builder calls per class; far below the limit, and a readable file size. */
    private static final int LINES_PER_CLASS = 600;
    public static final String MODULE_CLASS = "ImportedContracts";
    public static final String SERVICE = "resources/META-INF/services/io.contractspec.core.registry.ContractModule";

    private final String javaPackage;
    private final Map<SchemaType, String> references = new IdentityHashMap<>();
    private final SortedMap<String, String> files = new TreeMap<>();

    private ProjectSources(String javaPackage) {
        this.javaPackage = javaPackage;
    }

    /** File paths (under {@code java/} and {@code resources/}) to contents. */
    public static SortedMap<String, String> render(String javaPackage, String moduleName, List<OperationSpec> operations,
            List<EventSpec> events, List<FeatureSpec> features, List<CapabilitySpec> capabilities) {
        ProjectSources sources = new ProjectSources(javaPackage);
        sources.types(ordered(operations, events));
        List<String> classes = new ArrayList<>(sources.operations(operations));
        if (!events.isEmpty()) {
            classes.add(sources.events(events));
        }
        if (!features.isEmpty()) {
            classes.add(sources.groupings("ApiFeatures", "Features of the exported contracts.", "FeatureSpec",
                    features, SpecSource::feature));
        }
        if (!capabilities.isEmpty()) {
            classes.add(sources.groupings("ApiCapabilities", "Capabilities of the exported contracts.", "CapabilitySpec",
                    capabilities, SpecSource::capability));
        }
        sources.module(moduleName, classes);
        return sources.files;
    }

    /** Every model, enum and union the operations use, each after the types it refers to. */
    static List<SchemaType> ordered(List<OperationSpec> operations, List<EventSpec> events) {
        List<SchemaType> ordered = new ArrayList<>();
        Set<SchemaType> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (OperationSpec operation : operations) {
            operation.input().ifPresent(input -> visit(input, seen, ordered));
            visit(operation.output(), seen, ordered);
        }
        events.forEach(event -> visit(event.payload(), seen, ordered));
        return ordered;
    }

    private static void visit(SchemaType type, Set<SchemaType> seen, List<SchemaType> ordered) {
        if (type instanceof Scalar || !seen.add(type)) {
            return;
        }
        if (type instanceof Model model) {
            model.fields().stream().map(Field::type).forEach(child -> visit(child, seen, ordered));
        } else if (type instanceof Union union) {
            union.variants().forEach(variant -> visit(variant.type(), seen, ordered));
        }
        ordered.add(type);
    }

    private void types(List<SchemaType> types) {
        TypeSource source = new TypeSource(this::reference);
        Set<String> constants = new HashSet<>();
        ClassText current = null;
        int number = 1;
        for (SchemaType type : types) {
            List<String> lines = source.lines(type);
            if (current == null || current.lines() + lines.size() > LINES_PER_CLASS) {
                if (current != null) {
                    write(current);
                }
                current = new ClassText(javaPackage, number == 1 ? "ApiTypes" : "ApiTypes" + number,
                        "Models, enums and unions of the imported API" + (number == 1 ? "." : ", continued."));
                number++;
            }
            String constant = unique(Identifiers.constantName(type.name()), constants);
            current.constant(type instanceof Model ? "Model" : type instanceof Union ? "Union" : "EnumType", constant, lines);
            references.put(type, current.name() + "." + constant);
        }
        if (current != null) {
            write(current);
        }
    }

    private List<String> operations(List<OperationSpec> operations) {
        Map<String, List<OperationSpec>> byTag = new LinkedHashMap<>();
        for (OperationSpec operation : operations) {
            String tag = operation.meta().tags().isEmpty() ? "api" : operation.meta().tags().get(0);
            byTag.computeIfAbsent(Identifiers.typeName(tag), key -> new ArrayList<>()).add(operation);
        }
        OperationSource source = new OperationSource(this::reference);
        List<String> classes = new ArrayList<>();
        Set<String> classNames = new HashSet<>(Set.of(MODULE_CLASS));
        byTag.forEach((tag, tagged) -> {
            ClassText current = null;
            Set<String> constants = new HashSet<>();
            for (OperationSpec operation : tagged) {
                List<String> lines = source.lines(operation);
                if (current == null || current.lines() + lines.size() > LINES_PER_CLASS) {
                    if (current != null) {
                        write(current);
                    }
                    String name = unique(tag + "Operations", classNames);
                    current = new ClassText(javaPackage, name, "Operations of the imported API tagged '"
                            + operation.meta().tags().stream().findFirst().orElse("api") + "'.");
                    classes.add(name);
                }
                current.operation(unique(Identifiers.constantName(operation.key().replace('.', '-')), constants), lines);
            }
            write(current);
        });
        return classes;
    }

    /** The events from webhooks, in one class (few APIs have many webhooks). */
    private String events(List<EventSpec> events) {
        String name = "ApiEvents";
        ClassText text = new ClassText(javaPackage, name, "Events of the imported API, from its webhooks"
                + " (or the events our own export lists).");
        Set<String> constants = new HashSet<>();
        for (EventSpec event : events) {
            List<String> lines = new ArrayList<>();
            lines.add("Contracts.event(" + JavaText.literal(event.key()) + ", " + JavaText.literal(event.version()) + ")");
            event.meta().title().ifPresent(title -> lines.add(".title(" + JavaText.literal(title) + ")"));
            if (!event.meta().description().isEmpty()) {
                lines.add(".description(" + JavaText.literal(event.meta().description()) + ")");
            }
            if (event.meta().stability() != DEFAULT_EVENT_STABILITY) {
                lines.add(".stability(Stability." + event.meta().stability().name() + ")");
            }
            addList(lines, "owners", event.meta().owners());
            addList(lines, "tags", event.meta().tags());
            event.meta().domain().ifPresent(domain -> lines.add(".domain(" + JavaText.literal(domain) + ")"));
            addList(lines, "docIds", event.meta().docIds());
            lines.add(".payload(" + reference(event.payload()) + ")");
            addList(lines, "pii", event.pii());
            event.partitionKey().ifPresent(key -> lines.add(".partitionKey(" + JavaText.literal(key) + ")"));
            lines.add(".build()");
            text.event(unique(Identifiers.constantName(event.key().replace('.', '-')), constants), lines);
        }
        write(text);
        return name;
    }

    /** Features or capabilities (only our own export lists them), in one class. */
    private <S extends Spec> String groupings(String name, String doc, String type, List<S> specs,
            Function<S, List<String>> lines) {
        ClassText text = new ClassText(javaPackage, name, doc);
        Set<String> constants = new HashSet<>();
        for (S spec : specs) {
            text.spec(type, unique(Identifiers.constantName(spec.meta().key().replace('.', '-')), constants),
                    lines.apply(spec));
        }
        write(text);
        return name;
    }

    private static void addList(List<String> lines, String method, List<String> values) {
        if (!values.isEmpty()) {
            lines.add("." + method + "(" + String.join(", ", values.stream().map(JavaText::literal).toList()) + ")");
        }
    }

    private void module(String moduleName, List<String> operationClasses) {
        StringBuilder text = new StringBuilder("package ").append(javaPackage).append(";\n\n")
                .append("import io.contractspec.core.registry.ContractModule;\n")
                .append("import io.contractspec.core.spec.Spec;\n")
                .append("import java.util.ArrayList;\n")
                .append("import java.util.List;\n\n")
                .append("/** The imported contracts, found by tools through ServiceLoader. Generated by contractspec import openapi. */\n")
                .append("public final class ").append(MODULE_CLASS).append(" implements ContractModule {\n\n")
                .append("    @Override\n    public String name() {\n        return ").append(JavaText.literal(moduleName))
                .append(";\n    }\n\n")
                .append("    @Override\n    public List<Spec> specs() {\n        List<Spec> specs = new ArrayList<>();\n");
        operationClasses.forEach(name -> text.append("        specs.addAll(").append(name).append(".ALL);\n"));
        text.append("        return List.copyOf(specs);\n    }\n}\n");
        files.put(path(MODULE_CLASS), text.toString());
        files.put(SERVICE, javaPackage + "." + MODULE_CLASS + "\n");
    }

    private void write(ClassText text) {
        files.put(path(text.name()), text.render());
    }

    private String path(String className) {
        return "java/" + javaPackage.replace('.', '/') + "/" + className + ".java";
    }

    private String reference(SchemaType type) {
        String reference = references.get(type);
        if (reference == null) {
            throw new IllegalStateException("type " + type.name() + " is used before it is declared");
        }
        return reference;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
