package io.contractspec.graphql;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.authorization.PolicyAuthorizer;
import io.contractspec.runtime.spi.FlagProvider;

/**
 * Decides whether a subscriber may receive an event of its own organization (events of other
 * organizations are never delivered, whatever the policy says). Contracts give events no policy of
 * their own, so the default, {@link #EMITTERS}, reads an event's policy from the operations that
 * publish it: a subscriber may see the event when it could call at least one of them (auth level,
 * roles, permissions and flags of that operation's policy). An event no operation declares is
 * readable by every authenticated member of the organization.
 */
@FunctionalInterface
@PublicApi
public interface EventReadPolicy {

    EventReadPolicy EMITTERS = (registry, event, subscriber) -> {
        PolicyAuthorizer policy = new PolicyAuthorizer(FlagProvider.FROM_CONTEXT);
        boolean emitted = false;
        for (OperationSpec operation : registry.operations()) {
            if (operation.declaresEvent(event.ref())) {
                emitted = true;
                if (policy.check(operation.policy(), subscriber).isAllowed()) {
                    return true;
                }
            }
        }
        return !emitted && subscriber.isAuthenticated();
    };

    /** Every authenticated member of the event's organization may read it. */
    EventReadPolicy ORGANIZATION = (registry, event, subscriber) -> subscriber.isAuthenticated();

    boolean mayRead(ContractRegistry registry, EventSpec event, CallContext subscriber);
}
