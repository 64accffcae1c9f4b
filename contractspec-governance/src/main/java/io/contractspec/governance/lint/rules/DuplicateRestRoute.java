package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two operations on one method and path template cannot both be served: the router would pick one.
 * Placeholder names do not matter ({@code /a/{id}} and {@code /a/{key}} are the same route). Versions
 * of one key may share a route; the surface decides which version it serves.
 */
@PublicApi
public final class DuplicateRestRoute implements LintRule {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Two operations with different keys declare the same REST method and path template.";
    }

    @Override
    public void check(LintContext context) {
        Map<String, OperationSpec> routes = new HashMap<>();
        for (OperationSpec operation : context.registry().operations()) {
            RestRoute route = operation.transport().rest().orElse(null);
            if (route == null) {
                continue;
            }
            // Routes that match different header or query values on one path are told apart by that value.
            String template = route.method() + " " + PLACEHOLDER.matcher(route.path()).replaceAll("{}")
                    + route.match().map(match -> " " + match.in() + " " + match.name().toLowerCase(Locale.ROOT)
                            + "=" + match.value()).orElse("");
            OperationSpec first = routes.putIfAbsent(template, operation);
            if (first != null && !first.key().equals(operation.key())) {
                context.report(operation, "transport.rest", "route " + route + " is also the route of " + first.ref(),
                        "give one of them another path or method");
            }
        }
    }
}
