package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import java.util.Optional;

@PublicApi
public final class ChangedRestRoute implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation's REST route override (method or path) changed, appeared or went away.";
    }

    @Override
    public String rationale() {
        return "HTTP clients call a method and path; moving either leaves them calling nothing. Only declared "
                + "routes are compared: the default route follows the key and version by design.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            Optional<RestRoute> before = pair.before().transport().rest();
            Optional<RestRoute> after = pair.after().transport().rest();
            if (!before.equals(after)) {
                context.report(pair.diff(), "transport.rest", "REST route changed from " + describe(before) + " to "
                        + describe(after), "HTTP clients of the old route fail; serve both during a transition");
            }
        }
    }

    private static String describe(Optional<RestRoute> route) {
        return route.map(RestRoute::toString).orElse("the default route");
    }
}
