package io.contractspec.governance.diff.rules;

import io.contractspec.core.spec.Stability;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecDiff;

/**
 * Lowering stability withdraws a promise consumers built on (stable → beta → experimental …).
 * Deprecation is not a downgrade ({@link AddedDeprecation} reports it), and leaving it is an upgrade.
 */
public final class DowngradedStability implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "A spec's stability went down, e.g. from stable to beta or experimental.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecDiff spec : context.diff().changed()) {
            Stability before = spec.before().orElseThrow().meta().stability();
            Stability after = spec.spec().meta().stability();
            if (before != Stability.DEPRECATED && after != Stability.DEPRECATED && after.compareTo(before) < 0) {
                context.report(spec, "stability", "stability lowered from " + before.wireName() + " to "
                        + after.wireName(), "consumers relied on the promise the old stability made");
            }
        }
    }
}
