package io.contractspec.examples.workflow.shared;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.core.spec.Stability.STABLE;

import io.contractspec.core.SpecDefaults;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationBuilder;

/**
 * What every spec of the workflow system shares, stated once: version 1.0.0, stability stable,
 * owner {@code @example.workflow-system}, and for operations the policy "any signed-in user of the
 * organization" (record-level rules, such as who may pause an instance, are the handlers'). Each
 * spec adds its own tags, texts and body, and a stricter policy where it needs one.
 */
public final class WorkflowSpecs {

    public static final String VERSION = "1.0.0";
    public static final String OWNER = "@example.workflow-system";

    /** The role that may change workflow definitions. */
    public static final String ADMIN_ROLE = "workflow.admin";

    /** The shared defaults; the static methods below start each spec from them. */
    public static final SpecDefaults WORKFLOW = SpecDefaults.version(VERSION)
            .stability(STABLE)
            .owners(OWNER)
            .policy(auth(USER));

    private WorkflowSpecs() {}

    public static OperationBuilder command(String key) {
        return WORKFLOW.command(key);
    }

    public static OperationBuilder query(String key) {
        return WORKFLOW.query(key);
    }

    /** A query that has moved past 1.0.0, e.g. the lists at {@link Paging#LIST_VERSION}. */
    public static OperationBuilder query(String key, String version) {
        return WORKFLOW.query(key, version);
    }

    public static EventSpec.Builder event(String key) {
        return WORKFLOW.event(key);
    }

    public static FeatureSpec.Builder feature(String key) {
        return WORKFLOW.feature(key);
    }

    /** A feature past 1.0.0: one whose operations moved to new versions. */
    public static FeatureSpec.Builder feature(String key, String version) {
        return WORKFLOW.feature(key, version);
    }
}
