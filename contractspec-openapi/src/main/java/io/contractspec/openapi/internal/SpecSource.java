package io.contractspec.openapi.internal;

import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.SpecMeta;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Stability;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Java DSL expressions of features and capabilities, which only our own export lists: their
 * metadata and the operations, events and capabilities they name by key and version.
 */
final class SpecSource {

    private static final Stability DEFAULT_STABILITY = FeatureSpec.builder("default.stability", "1.0.0").build()
            .meta().stability();

    private SpecSource() {}

    static List<String> feature(FeatureSpec feature) {
        List<String> lines = meta("Contracts.feature", feature.meta());
        if (!feature.operations().isEmpty()) {
            lines.add(".operationRefs(List.of(" + refs(feature.operations()) + "))");
        }
        if (!feature.events().isEmpty()) {
            lines.add(".eventRefs(List.of(" + refs(feature.events()) + "))");
        }
        relations(lines, feature.provides(), feature.requires());
        lines.add(".build()");
        return lines;
    }

    static List<String> capability(CapabilitySpec capability) {
        List<String> lines = meta("Contracts.capability", capability.meta());
        lines.add(".kind(CapabilitySpec.Kind." + capability.kind().name() + ")");
        relations(lines, capability.provides(), capability.requires());
        lines.add(".build()");
        return lines;
    }

    private static List<String> meta(String start, SpecMeta meta) {
        List<String> lines = new ArrayList<>();
        lines.add(start + "(" + JavaText.literal(meta.key()) + ", " + JavaText.literal(meta.version()) + ")");
        meta.title().ifPresent(title -> lines.add(".title(" + JavaText.literal(title) + ")"));
        if (!meta.description().isEmpty()) {
            lines.add(".description(" + JavaText.literal(meta.description()) + ")");
        }
        if (meta.stability() != DEFAULT_STABILITY) {
            lines.add(".stability(Stability." + meta.stability().name() + ")");
        }
        strings(lines, "owners", meta.owners());
        strings(lines, "tags", meta.tags());
        meta.domain().ifPresent(domain -> lines.add(".domain(" + JavaText.literal(domain) + ")"));
        strings(lines, "docIds", meta.docIds());
        return lines;
    }

    private static void relations(List<String> lines, List<SpecRef> provides, List<SpecRef> requires) {
        if (!provides.isEmpty()) {
            lines.add(".provides(" + refs(provides) + ")");
        }
        if (!requires.isEmpty()) {
            lines.add(".requires(" + refs(requires) + ")");
        }
    }

    private static void strings(List<String> lines, String method, List<String> values) {
        if (!values.isEmpty()) {
            lines.add("." + method + "(" + values.stream().map(JavaText::literal).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static String refs(List<SpecRef> refs) {
        return refs.stream().map(ref -> "Contracts.ref(" + JavaText.literal(ref.key()) + ", "
                + JavaText.literal(ref.version()) + ")").collect(Collectors.joining(", "));
    }
}
