package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;
import io.contractspec.build.sarif.RuleDescriptor;
import io.contractspec.governance.drift.Drift;
import io.contractspec.schema.Severity;
import java.util.List;

/** The rules of {@code ci}'s own checks, beside the lint and breaking-change catalogs. */
@Internal
public final class CiRules {

    public static final String SNAPSHOT_ROUND_TRIP = "SnapshotRoundTrip";
    public static final String SNAPSHOT_OUTDATED = "SnapshotOutdated";
    public static final String EXAMPLE_FAILED = "ExampleFailed";

    public static final List<RuleDescriptor> ALL = List.of(
            new RuleDescriptor(Drift.CHANGED, Severity.ERROR, "A committed generated file differs from what the contracts generate."),
            new RuleDescriptor(Drift.EXTRA, Severity.ERROR, "A committed generated file is no longer generated."),
            new RuleDescriptor(Drift.MISSING, Severity.ERROR, "A generated file is not committed."),
            new RuleDescriptor(EXAMPLE_FAILED, Severity.ERROR, "An acceptance example fails when run through the executor."),
            new RuleDescriptor(SNAPSHOT_OUTDATED, Severity.ERROR, "The committed snapshot does not match the contracts."),
            new RuleDescriptor(SNAPSHOT_ROUND_TRIP, Severity.ERROR, "A spec does not survive writing and reading the snapshot."));

    private CiRules() {}
}
