package io.contractspec.testing.rest;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;

/**
 * A running REST adapter under test. It serves {@link ConformanceContracts#REGISTRY} at the root
 * path with the {@link ConformanceHandlers} and must, besides:
 *
 * <ul>
 *   <li>authenticate {@code X-User: id[,role…]} as that user of organization {@code org-1} with those
 *       roles, and reject {@code X-User: !} with a 401 problem whose {@code WWW-Authenticate} is
 *       {@code XUser error="revoked"};</li>
 *   <li>send {@code WWW-Authenticate: XUser} with a 401 for an operation that needs a user;</li>
 *   <li>turn the flag {@code beta} on for requests that carry an {@code X-Beta} header.</li>
 * </ul>
 */
@PublicApi
public interface ConformanceTarget {

    /** The port the adapter listens on, on localhost. */
    int port();

    /** How often the handler of the operation ran. */
    int calls(OperationSpec operation);

    /** A target from a port and the handlers the adapter was given. */
    static ConformanceTarget of(int port, ConformanceHandlers handlers) {
        return new ConformanceTarget() {
            @Override
            public int port() {
                return port;
            }

            @Override
            public int calls(OperationSpec operation) {
                return handlers.calls(operation);
            }
        };
    }
}
