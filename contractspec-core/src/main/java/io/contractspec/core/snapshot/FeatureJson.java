package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.SpecRef;

/** A feature entry: meta and its references to operations, events and capabilities. */
final class FeatureJson {

    private FeatureJson() {}

    static ObjectNode write(FeatureSpec feature) {
        ObjectNode entry = SpecJson.entry(feature);
        entry.set("operations", SpecJson.refs(feature.operations()));
        entry.set("events", SpecJson.refs(feature.events()));
        entry.set("provides", SpecJson.refs(feature.provides()));
        entry.set("requires", SpecJson.refs(feature.requires()));
        return entry;
    }

    static FeatureSpec read(JsonCursor entry) {
        FeatureSpec.Builder feature = SpecJson.meta(entry, FeatureSpec::builder)
                .operationRefs(SpecJson.refs(entry, "operations"))
                .eventRefs(SpecJson.refs(entry, "events"))
                .provides(SpecJson.refs(entry, "provides").toArray(SpecRef[]::new))
                .requires(SpecJson.refs(entry, "requires").toArray(SpecRef[]::new));
        entry.end();
        return entry.build(feature::build);
    }
}
