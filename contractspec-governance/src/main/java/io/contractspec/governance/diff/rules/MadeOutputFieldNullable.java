package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class MadeOutputFieldNullable implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A field of an output or event payload became nullable.";
    }

    @Override
    public String rationale() {
        return "Code that never expected null meets it. (Dropping nullability narrows an output and is safe.)";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.direction().isRead()
                    && change.has(FieldAspect.NULLABILITY)
                    && change.after().orElseThrow().isNullable()) {
                context.report(change, change.describe() + " can now be null",
                        "consumers that do not expect null break");
            }
        }
    }
}
