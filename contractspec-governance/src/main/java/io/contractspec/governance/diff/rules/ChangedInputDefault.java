package io.contractspec.governance.diff.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;
import java.util.Optional;

@PublicApi
public final class ChangedInputDefault implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "The default of an input field changed, appeared or went away.";
    }

    @Override
    public String rationale() {
        return "Callers that leave the field out get its default, so changing it changes what their calls do "
                + "without any error. Dangerous rather than breaking: the calls still succeed, and callers that "
                + "send the field are unaffected.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.direction().isInput() && change.has(FieldAspect.DEFAULT)) {
                Optional<JsonNode> before = change.before().orElseThrow().defaultValue();
                Optional<JsonNode> after = change.after().orElseThrow().defaultValue();
                String what = before.isEmpty() ? "got the default " + after.orElseThrow()
                        : after.isEmpty() ? "lost its default " + before.get()
                        : "changed its default from " + before.get() + " to " + after.get();
                context.report(change, change.describe() + " " + what,
                        "callers that leave it out now get a different behaviour");
            }
        }
    }
}
