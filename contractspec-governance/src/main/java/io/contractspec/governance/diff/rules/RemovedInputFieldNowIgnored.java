package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class RemovedInputFieldNowIgnored implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "A field was removed from an input model that accepts unknown fields, so it is now ignored.";
    }

    @Override
    public String rationale() {
        return "The model that held the field accepts unknown fields, so callers that still send it are not "
                + "rejected; but what they send is now ignored, and their calls may do something else than they "
                + "meant. Dangerous rather than breaking: every call still succeeds.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isRemoved() && change.direction().isInput() && change.containerAcceptsUnknownFields()) {
                context.report(change, change.describe() + " was removed; the model accepts unknown fields, so"
                        + " callers that still send it are ignored", "check that no caller still relies on it");
            }
        }
    }
}
