package io.contractspec.graphql.internal;

import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.Channel;
import io.contractspec.runtime.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Who sent a GraphQL request and with what: the principal the authenticator found (empty =
 * anonymous), the flags, trace id and idempotency key. Every root field runs with a call context
 * made from it.
 */
public record RequestContext(Optional<Principal> principal, Set<String> flags, String traceId,
        Optional<String> idempotencyKey) {

    /** The key under which the request context sits in graphql-java's {@code GraphQLContext}. */
    public static final String KEY = RequestContext.class.getName();

    public RequestContext {
        flags = Set.copyOf(flags);
    }

    public CallContext callContext() {
        return CallContext.builder()
                .principal(principal.orElse(null))
                .flags(flags)
                .traceId(traceId)
                .idempotencyKey(idempotencyKey.orElse(null))
                .channel(Channel.GRAPHQL)
                .build();
    }
}
