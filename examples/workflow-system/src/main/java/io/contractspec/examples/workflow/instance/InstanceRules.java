package io.contractspec.examples.workflow.instance;

import static io.contractspec.examples.workflow.shared.WorkflowSpecs.ADMIN_ROLE;

import io.contractspec.runtime.authorization.RecordRule;

/**
 * Who may act on an instance, declared once and enforced by the runtime: the handlers of the
 * operations it is declared for call {@code context.authorize(instance)}, and a refused caller gets
 * 403 with nothing changed.
 */
public final class InstanceRules {

    /** Pause, resume and cancel: the instance's starter or a workflow admin. */
    public static final RecordRule STARTER_OR_ADMIN = RecordRule.of(InstanceRow.class,
            InstanceErrors.NOT_STARTER_OR_ADMIN,
            (principal, instance) -> principal.userId().equals(instance.triggeredBy()) || principal.hasRole(ADMIN_ROLE));

    private InstanceRules() {}
}
