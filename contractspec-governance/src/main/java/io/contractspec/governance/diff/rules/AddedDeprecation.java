package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Deprecation;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecDiff;
import java.util.ArrayList;
import java.util.List;

@PublicApi
public final class AddedDeprecation implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.INFO;
    }

    @Override
    public String summary() {
        return "A spec became deprecated.";
    }

    @Override
    public String rationale() {
        return "Deprecation breaks nobody yet, but every caller should hear about it, with the sunset and the "
                + "way out.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecDiff spec : context.diff().changed()) {
            boolean was = spec.before().orElseThrow().meta().stability() == Stability.DEPRECATED;
            if (!was && spec.spec().meta().stability() == Stability.DEPRECATED) {
                context.report(spec, "stability", "is now deprecated" + details(spec));
            }
        }
    }

    private static String details(SpecDiff spec) {
        if (!(spec.spec() instanceof OperationSpec operation)) {
            return "";
        }
        Deprecation deprecation = operation.deprecation();
        List<String> parts = new ArrayList<>();
        deprecation.sunset().ifPresent(sunset -> parts.add("sunset " + sunset));
        deprecation.replacedBy().ifPresent(replacement -> parts.add("replaced by " + replacement));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
