package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/**
 * HTTP gives GET a meaning: safe and cacheable. A command on GET can be triggered by prefetchers and
 * caches; a query off GET loses caching and looks like a state change to proxies and readers. HEAD
 * is GET without the body and counts as GET.
 */
@PublicApi
public final class RestMethodMismatchesKind implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A command is routed as GET or HEAD, or a query with a method other than GET or HEAD.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            operation.transport().rest().ifPresent(route -> {
                boolean get = route.method() == RestRoute.Method.GET || route.method() == RestRoute.Method.HEAD;
                if (operation.isCommand() && get) {
                    context.report(operation, "transport.rest", "is a command routed as " + route.method() + " " + route.path(),
                            "GET and HEAD must not change state; use POST, PUT, PATCH or DELETE");
                } else if (!operation.isCommand() && !get) {
                    context.report(operation, "transport.rest", "is a query routed as " + route,
                            "queries only read; route them as GET");
                }
            });
        }
    }
}
