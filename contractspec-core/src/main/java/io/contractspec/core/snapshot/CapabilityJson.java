package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.SpecRef;

/** A capability entry: meta, kind, what provides it and what it requires. */
final class CapabilityJson {

    private CapabilityJson() {}

    static ObjectNode write(CapabilitySpec capability) {
        ObjectNode entry = SpecJson.entry(capability).put("kind", capability.kind().wireName());
        entry.set("provides", SpecJson.refs(capability.provides()));
        entry.set("requires", SpecJson.refs(capability.requires()));
        return entry;
    }

    static CapabilitySpec read(JsonCursor entry) {
        CapabilitySpec.Kind kind =
                entry.wire("kind", CapabilitySpec.Kind.values(), CapabilitySpec.Kind::wireName, "capability kind");
        CapabilitySpec.Builder capability = SpecJson.meta(entry, CapabilitySpec::builder)
                .kind(kind)
                .provides(SpecJson.refs(entry, "provides").toArray(SpecRef[]::new))
                .requires(SpecJson.refs(entry, "requires").toArray(SpecRef[]::new));
        entry.end();
        return entry.build(capability::build);
    }
}
