package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;
import io.contractspec.schema.Union;

@PublicApi
public final class ChangedUnionDiscriminator implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A union changed its discriminator property or whether a payload must match exactly one variant.";
    }

    @Override
    public String rationale() {
        return "The discriminator is how both sides tell the variants apart: a payload tagged in the old property is"
                + " unreadable under the new one. A union that becomes exclusive rejects inputs that matched several"
                + " variants; one that stops being exclusive sends outputs that old consumers reject.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.has(FieldAspect.UNION)) {
                Union before = (Union) change.before().orElseThrow().type();
                Union after = (Union) change.after().orElseThrow().type();
                if (!before.discriminator().equals(after.discriminator())) {
                    context.report(change, change.describe() + " changed its discriminator from "
                            + before.discriminator().orElse("none") + " to " + after.discriminator().orElse("none"));
                } else if (before.isExclusive() != after.isExclusive()
                        && after.isExclusive() == change.direction().isInput()) {
                    context.report(change, change.describe() + (after.isExclusive()
                            ? " must now match exactly one variant" : " may now match several variants"));
                }
            }
        }
    }
}
