package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.SourceLocation;

/** Anything a registry holds: operations, events, features and capabilities. */
@PublicApi
public sealed interface Spec permits OperationSpec, EventSpec, FeatureSpec, CapabilitySpec {

    SpecMeta meta();

    SpecType specType();

    /** Where the spec was defined (recorded when it was built), or {@link SourceLocation#NONE}. */
    SourceLocation source();

    default SpecRef ref() {
        return meta().ref();
    }

    default String key() {
        return meta().key();
    }

    default String version() {
        return meta().version();
    }
}
