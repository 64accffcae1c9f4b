package io.contractspec.core.registry;

import io.contractspec.core.Contracts;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;

/** Small valid specs for registry tests. */
final class TestSpecs {

    static final Model OUTPUT = Model.builder("Result").required("id", Scalar.ID).build();

    private TestSpecs() {}

    static OperationSpec operation(String key, String version) {
        return Contracts.query(key, version).output(OUTPUT).build();
    }

    static OperationSpec operation(String key, String version, Stability stability, String owner, String... tags) {
        return Contracts.query(key, version).output(OUTPUT).stability(stability).owners(owner).tags(tags).build();
    }

    static EventSpec event(String key, String version) {
        return Contracts.event(key, version).payload(OUTPUT).build();
    }

    static FeatureSpec feature(String key, String version) {
        return Contracts.feature(key, version).build();
    }

    static CapabilitySpec capability(String key, String version) {
        return Contracts.capability(key, version).kind(CapabilitySpec.Kind.API).build();
    }
}
