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
public final class ChangedConstant implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An input field gained or changed its constant, or an output field lost or changed it.";
    }

    @Override
    public String rationale() {
        return "A constant on an input rejects every other value callers may send; on an output, consumers may rely on"
                + " the one value they were promised.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.has(FieldAspect.CONSTANT)) {
                Optional<JsonNode> before = change.before().orElseThrow().constant();
                Optional<JsonNode> after = change.after().orElseThrow().constant();
                boolean narrowsInput = change.direction().isInput() && after.isPresent();
                boolean widensOutput = change.direction().isRead() && before.isPresent();
                if (narrowsInput || widensOutput) {
                    context.report(change, change.describe() + " had the constant " + describe(before)
                            + " and now has " + describe(after));
                }
            }
        }
    }

    private static String describe(Optional<JsonNode> constant) {
        return constant.map(JsonNode::toString).orElse("none");
    }
}
