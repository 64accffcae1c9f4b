package io.contractspec.core;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.Stability;
import java.util.List;
import java.util.Objects;

/**
 * What every spec of a feature shares — version, stability, owners, tags, and the policy of its
 * operations — stated once. Each spec starts from it and adds its own parts: owners and tags it
 * names are added to the shared ones, a stability or policy it sets replaces the default.
 *
 * <pre>{@code
 * static final SpecDefaults WORKFLOW = SpecDefaults.version("1.0.0")
 *         .stability(STABLE).owners("@example.workflow-system").policy(auth(USER));
 *
 * static final OperationSpec RESUME = WORKFLOW.command("workflow.instance.resume")
 *         .input(PAUSE_RESUME_INPUT).output(WORKFLOW_INSTANCE)
 *         .error(NOT_PAUSED)
 *         .build();
 * }</pre>
 *
 * Immutable: each setter returns a new value, so one set of defaults can be refined per feature
 * ({@code WORKFLOW.tags("approval")}).
 */
public final class SpecDefaults {

    private final String version;
    private final Stability stability;
    private final List<String> owners;
    private final List<String> tags;
    private final Policy policy;

    private SpecDefaults(String version, Stability stability, List<String> owners, List<String> tags, Policy policy) {
        this.version = Objects.requireNonNull(version, "version");
        this.stability = stability;
        this.owners = List.copyOf(owners);
        this.tags = List.copyOf(tags);
        this.policy = policy;
    }

    /** Defaults with a version and nothing else (stability, owners, tags and policy as the builders have them). */
    public static SpecDefaults version(String version) {
        return new SpecDefaults(version, null, List.of(), List.of(), null);
    }

    public SpecDefaults stability(Stability stability) {
        return new SpecDefaults(version, Objects.requireNonNull(stability, "stability"), owners, tags, policy);
    }

    public SpecDefaults owners(String... owners) {
        return new SpecDefaults(version, stability, List.of(owners), tags, policy);
    }

    /** Tags every spec starts with; a spec's own tags come after them. */
    public SpecDefaults tags(String... tags) {
        return new SpecDefaults(version, stability, owners, List.of(tags), policy);
    }

    /** The policy of every operation that does not set its own. */
    public SpecDefaults policy(Policy.Builder policy) {
        return new SpecDefaults(version, stability, owners, tags, policy.build());
    }

    public String version() {
        return version;
    }

    public OperationBuilder command(String key) {
        return command(key, version);
    }

    /** A command past the shared version, e.g. the 2.0.0 of one operation. */
    public OperationBuilder command(String key, String version) {
        return operation(OperationSpec.command(key, version));
    }

    public OperationBuilder query(String key) {
        return query(key, version);
    }

    public OperationBuilder query(String key, String version) {
        return operation(OperationSpec.query(key, version));
    }

    public EventSpec.Builder event(String key) {
        return event(key, version);
    }

    public EventSpec.Builder event(String key, String version) {
        EventSpec.Builder builder = Contracts.event(key, version).owners(owners.toArray(String[]::new))
                .tags(tags.toArray(String[]::new));
        return stability == null ? builder : builder.stability(stability);
    }

    public FeatureSpec.Builder feature(String key) {
        return feature(key, version);
    }

    public FeatureSpec.Builder feature(String key, String version) {
        FeatureSpec.Builder builder = Contracts.feature(key, version).owners(owners.toArray(String[]::new))
                .tags(tags.toArray(String[]::new));
        return stability == null ? builder : builder.stability(stability);
    }

    private OperationBuilder operation(OperationBuilder builder) {
        builder.owners(owners.toArray(String[]::new)).tags(tags.toArray(String[]::new));
        if (stability != null) {
            builder.stability(stability);
        }
        if (policy != null) {
            builder.policy(policy);
        }
        return builder;
    }
}
