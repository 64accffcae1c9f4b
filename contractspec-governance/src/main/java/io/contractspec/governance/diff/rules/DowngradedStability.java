package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Stability;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecDiff;

@PublicApi
public final class DowngradedStability implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A spec's stability went down, e.g. from stable to beta or experimental.";
    }

    @Override
    public String rationale() {
        return "Stability is the promise the version policy enforces: below stable, later breaking changes are "
                + "only warnings. Lowering it within a major version would withdraw that promise without a new "
                + "major version, and open the way to break callers in the next minor one; so the downgrade needs a"
                + " new major version itself. Deprecation is not a downgrade (AddedDeprecation reports it).";
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
