package io.contractspec.examples.workflow.shared;

import static io.contractspec.core.spec.Stability.STABLE;

import io.contractspec.core.Contracts;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationBuilder;

/**
 * Starts every spec of the workflow system with the meta they all share: version 1.0.0, stability
 * stable, owner {@code @example.workflow-system}. Each spec adds its own tags, texts and body.
 */
public final class WorkflowSpecs {

    public static final String VERSION = "1.0.0";
    public static final String OWNER = "@example.workflow-system";

    /** The role that may change workflow definitions. */
    public static final String ADMIN_ROLE = "workflow.admin";

    private WorkflowSpecs() {}

    public static OperationBuilder command(String key) {
        return Contracts.command(key, VERSION).stability(STABLE).owners(OWNER);
    }

    public static OperationBuilder query(String key) {
        return query(key, VERSION);
    }

    /** A query that has moved past 1.0.0, e.g. the lists at {@link Paging#LIST_VERSION}. */
    public static OperationBuilder query(String key, String version) {
        return Contracts.query(key, version).stability(STABLE).owners(OWNER);
    }

    public static EventSpec.Builder event(String key) {
        return Contracts.event(key, VERSION).stability(STABLE).owners(OWNER);
    }

    public static FeatureSpec.Builder feature(String key) {
        return feature(key, VERSION);
    }

    /** A feature past 1.0.0: one whose operations moved to new versions. */
    public static FeatureSpec.Builder feature(String key, String version) {
        return Contracts.feature(key, version).stability(STABLE).owners(OWNER);
    }
}
