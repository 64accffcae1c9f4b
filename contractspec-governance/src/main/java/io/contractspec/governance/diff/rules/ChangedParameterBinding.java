package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import io.contractspec.schema.Model;
import java.util.List;

@PublicApi
public final class ChangedParameterBinding implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A query or header parameter binding was removed or renamed, or an existing input field was bound anew.";
    }

    @Override
    public String rationale() {
        return "Query parameters and headers are part of the HTTP contract: a binding that went away, or a field"
                + " that now travels in another place or under another name, is sent where the server no longer "
                + "looks.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            List<ParameterBinding> before = pair.before().parameters();
            List<ParameterBinding> after = pair.after().parameters();
            for (ParameterBinding binding : before) {
                if (!after.contains(binding)) {
                    context.report(pair.diff(), "io.parameters", describe(binding) + " is no longer bound",
                            "clients that send it there are not heard");
                }
            }
            for (ParameterBinding binding : after) {
                boolean existingField =
                        pair.before().input().flatMap((Model m) -> m.field(binding.field())).isPresent();
                if (!before.contains(binding) && existingField) {
                    context.report(pair.diff(), "io.parameters", "existing input field '" + binding.field()
                            + "' is now bound as " + describe(binding), "clients send it elsewhere today");
                }
            }
        }
    }

    private static String describe(ParameterBinding binding) {
        return binding.in().wireName() + " parameter '" + binding.name() + "' (field " + binding.field() + ")";
    }
}
