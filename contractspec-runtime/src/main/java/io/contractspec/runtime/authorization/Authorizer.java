package io.contractspec.runtime.authorization;

import io.contractspec.annotations.PublicApi;


/**
 * Decides whether a call may proceed. The pipeline asks every authorizer once per call, after
 * authentication (the operation-level request), and again whenever a handler authorizes the
 * record it acts on (a request with {@link AuthorizationRequest#record()}); the first denial
 * stops the call with its problem (403 unless the decision says otherwise).
 *
 * <p>The built-in {@link PolicyAuthorizer} checks the contract's policy; add authorizers with
 * {@code ExecutorBuilder.authorizer(...)} or replace the whole list with
 * {@code ExecutorBuilder.authorizers(...)}. Implementations must be thread-safe and should allow
 * requests they have no rule for.
 */
@FunctionalInterface
@PublicApi
public interface Authorizer {

    AuthorizationDecision authorize(AuthorizationRequest request);
}
