package io.contractspec.openapi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The outcome of an import: the operations, the events (from webhooks, or listed by our own
 * export) and the features and capabilities (listed by our own export) as built in memory,
 * the Java sources that declare them (paths under {@code java/} and {@code resources/}), and a diagnostic for everything that
 * could not be carried over exactly, each at its JSON pointer in the document. A document that
 * cannot be read gives no operations, no sources and the reasons.
 */
@PublicApi
public record ImportResult(List<OperationSpec> operations, List<EventSpec> events, List<FeatureSpec> features,
        List<CapabilitySpec> capabilities, SortedMap<String, String> sources, List<Diagnostic> diagnostics) {

    public ImportResult {
        operations = List.copyOf(operations);
        events = List.copyOf(events);
        features = List.copyOf(features);
        capabilities = List.copyOf(capabilities);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A result without features and capabilities (a document that is not our own export). */
    public ImportResult(List<OperationSpec> operations, List<EventSpec> events, SortedMap<String, String> sources,
            List<Diagnostic> diagnostics) {
        this(operations, events, List.of(), List.of(), sources, diagnostics);
    }

    /** Every spec: the operations, the events, the features, then the capabilities. */
    public List<Spec> specs() {
        List<Spec> specs = new ArrayList<>(operations);
        specs.addAll(events);
        specs.addAll(features);
        specs.addAll(capabilities);
        return List.copyOf(specs);
    }

    /** True when the document could not be read at all; nothing should be written then. */
    public boolean failed() {
        return sources.isEmpty() && diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
    }
}
