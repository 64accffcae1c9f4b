package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;
import java.util.List;

@PublicApi
public final class AddedOutputEnumValue implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An enum value was added to a field of an output or event payload.";
    }

    @Override
    public String rationale() {
        return "Enums are closed sets here: payload validation rejects undeclared values, JSON Schema lists them"
                + " and the TypeScript client types them as a union. Unlike an unknown field, which a tolerant "
                + "reader skips, a value has to be understood: a consumer that validates against the old contract, "
                + "or switches exhaustively over its values, fails on the new one. Configure it to danger if your "
                + "consumers treat enums as open.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            List<String> added = change.addedEnumValues();
            if (change.direction().isRead() && !added.isEmpty()) {
                context.report(change, change.describe() + " can now be " + added,
                        "consumers that switch over the values may not handle them");
            }
        }
    }
}
