package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;
import io.contractspec.governance.internal.TypeCompatibility;
import io.contractspec.schema.Field;

@PublicApi
public final class ChangedFieldType implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A field's type changed incompatibly: an input type that accepts less, or an output type that"
                + " yields more.";
    }

    @Override
    public String rationale() {
        return "An input may widen (the new type accepts every old value: Int to Float, an enum to String) and "
                + "an output may narrow (every new value is an old one); any other type change makes the reading "
                + "side reject or misread values.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (!change.has(FieldAspect.TYPE)) {
                continue;
            }
            Field before = change.before().orElseThrow();
            Field after = change.after().orElseThrow();
            boolean compatible = change.direction().isInput()
                    ? TypeCompatibility.accepts(after.type(), before.type())
                    : TypeCompatibility.accepts(before.type(), after.type());
            if (!compatible) {
                context.report(change, change.describe() + " changed type from " + before.type().name() + " to "
                        + after.type().name());
            }
        }
    }
}
