package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.internal.Paths;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;
import java.util.regex.Pattern;

/** Owners are team handles that tools resolve (notifications, code owners), so they need one form. */
@PublicApi
public final class MalformedOwner implements LintRule {

    private static final String WORD = "[a-z0-9]+(?:[-_][a-z0-9]+)*";
    private static final Pattern OWNER = Pattern.compile("@" + WORD + "(?:\\." + WORD + ")*");

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An owner is not a team handle like @team or @org.team (lower case, digits, - and _).";
    }

    @Override
    public void check(LintContext context) {
        for (Spec spec : context.registry().all()) {
            for (String owner : spec.meta().owners()) {
                if (!OWNER.matcher(owner).matches()) {
                    context.report(spec, Paths.item("owners", owner), "owner '" + owner + "' is not a team handle",
                            "write @team or @org.team in lower case");
                }
            }
        }
    }
}
