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

/** Builds the snapshot tree of a registry; {@link CanonicalJson} gives it its one text form. */
final class SnapshotWriter {

    private SnapshotWriter() {}

    static ObjectNode document(ContractRegistry registry) {
        ObjectNode document = NODES.objectNode().put("snapshotVersion", Snapshot.VERSION);
        // The registry lists each type by key, then semver: the order the format prescribes.
        document.set("operations", entries(registry.operations()));
        document.set("events", entries(registry.events()));
        document.set("features", entries(registry.features()));
        document.set("capabilities", entries(registry.capabilities()));
        return document;
    }

    static ObjectNode entry(Spec spec) {
        if (spec instanceof OperationSpec operation) {
            return OperationJson.write(operation);
        }
        if (spec instanceof EventSpec event) {
            return EventJson.write(event);
        }
        if (spec instanceof FeatureSpec feature) {
            return FeatureJson.write(feature);
        }
        return CapabilityJson.write((CapabilitySpec) spec);
    }

    private static ArrayNode entries(List<? extends Spec> specs) {
        ArrayNode entries = NODES.arrayNode(specs.size());
        specs.forEach(spec -> entries.add(entry(spec)));
        return entries;
    }
}
