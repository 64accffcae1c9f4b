package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.Spec;
import java.util.List;
import java.util.Optional;

/**
 * The features and capabilities of the registry, each as its snapshot entry (without the source
 * location), in {@code x-contractspec-features} and {@code x-contractspec-capabilities}: they name
 * operations, events and capabilities by key and version and have no place in OpenAPI, so
 * importing our own export reads them back with the snapshot reader.
 */
final class OwnSpecs {

    static final String FEATURES = "x-contractspec-features";
    static final String CAPABILITIES = "x-contractspec-capabilities";

    private OwnSpecs() {}

    static Optional<ArrayNode> features(ContractRegistry registry) {
        return entries(registry.features());
    }

    static Optional<ArrayNode> capabilities(ContractRegistry registry) {
        return entries(registry.capabilities());
    }

    private static Optional<ArrayNode> entries(List<? extends Spec> specs) {
        if (specs.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (Spec spec : specs) {
            ObjectNode entry = Snapshot.toJson(spec);
            entry.remove("source"); // names the Java file of the exporting project
            entries.add(entry);
        }
        return Optional.of(entries);
    }
}
