package io.contractspec.core.snapshot;

import static io.contractspec.core.snapshot.SpecJson.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import java.util.List;

/**
 * Builds the snapshot tree of a registry; {@link CanonicalJson} gives it its one text form. Equal
 * models, fields and types share one node ({@link WriteCache}), so the tree is small however
 * often a model is used, and its text is rendered once.
 */
final class SnapshotWriter {

    private SnapshotWriter() {}

    /** The canonical text of the registry's snapshot. */
    static String text(ContractRegistry registry) {
        WriteCache cache = new WriteCache();
        ObjectNode document = document(registry, cache);
        return new CanonicalWriter(cache.nodes()).write(document);
    }

    static ObjectNode document(ContractRegistry registry) {
        return document(registry, new WriteCache());
    }

    static ObjectNode entry(Spec spec) {
        return entry(spec, new WriteCache());
    }

    private static ObjectNode document(ContractRegistry registry, WriteCache cache) {
        ObjectNode document = NODES.objectNode().put("snapshotVersion", Snapshot.VERSION);
        // The registry lists each type by key, then semver: the order the format prescribes.
        document.set("operations", entries(registry.operations(), cache));
        document.set("events", entries(registry.events(), cache));
        document.set("features", entries(registry.features(), cache));
        document.set("capabilities", entries(registry.capabilities(), cache));
        return document;
    }

    private static ObjectNode entry(Spec spec, WriteCache cache) {
        if (spec instanceof OperationSpec operation) {
            return OperationJson.write(operation, cache);
        }
        if (spec instanceof EventSpec event) {
            return EventJson.write(event, cache);
        }
        if (spec instanceof FeatureSpec feature) {
            return FeatureJson.write(feature);
        }
        return CapabilityJson.write((CapabilitySpec) spec);
    }

    private static ArrayNode entries(List<? extends Spec> specs, WriteCache cache) {
        ArrayNode entries = NODES.arrayNode(specs.size());
        specs.forEach(spec -> entries.add(entry(spec, cache)));
        return entries;
    }
}
