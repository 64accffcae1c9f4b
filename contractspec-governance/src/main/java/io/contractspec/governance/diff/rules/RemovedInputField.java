package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class RemovedInputField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A field was removed from an input model that rejects unknown fields.";
    }

    @Override
    public String rationale() {
        return "The model that held the field rejects unknown fields (the default), so callers that still send "
                + "it, as the old contract allowed, are rejected. A field removed from a model that accepts unknown"
                + " fields is RemovedInputFieldNowIgnored.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isRemoved() && change.direction().isInput() && !change.containerAcceptsUnknownFields()) {
                context.report(change, change.describe() + " was removed",
                        "callers that still send it are rejected; to phase it out, accept and ignore it first");
            }
        }
    }
}
