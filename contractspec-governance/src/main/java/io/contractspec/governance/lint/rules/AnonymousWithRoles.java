package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Anonymous callers hold no roles or permissions, so such a policy contradicts itself: either
 * nobody anonymous gets in (then the level should be user) or the requirement is dead.
 */
@PublicApi
public final class AnonymousWithRoles implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An operation allows anonymous callers but also requires roles or permissions.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            Policy policy = operation.policy();
            if (policy.auth() != AuthLevel.ANONYMOUS) {
                continue;
            }
            List<String> requirements = new ArrayList<>();
            add(requirements, "roles", policy.roles());
            add(requirements, "anyRole", policy.anyRole());
            add(requirements, "permissions", policy.permissions());
            add(requirements, "anyPermission", policy.anyPermission());
            if (!requirements.isEmpty()) {
                context.report(operation, "policy", "allows anonymous callers but requires "
                        + String.join(" and ", requirements), "use auth(USER), or drop the requirements");
            }
        }
    }

    private static void add(List<String> requirements, String name, List<String> values) {
        if (!values.isEmpty()) {
            requirements.add(name + " " + values);
        }
    }
}
