package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecType;
import io.contractspec.governance.internal.Paths;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/** The runtime validates emitted payloads against the event's spec; an unknown event cannot be published. */
@PublicApi
public final class UndefinedEmittedEvent implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An operation declares that it emits an event (key@version) that the registry does not define.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            for (EmittedEvent emitted : operation.emits()) {
                if (!References.resolves(context.registry(), SpecType.EVENT, emitted.event())) {
                    context.report(operation, Paths.item("sideEffects.emits", emitted.event()),
                            "emits " + emitted.event() + ", which is not defined",
                            References.hint(context.registry(), SpecType.EVENT, emitted.event()));
                }
            }
        }
    }
}
