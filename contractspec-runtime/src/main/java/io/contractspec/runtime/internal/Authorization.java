package io.contractspec.runtime.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.Stage;
import io.contractspec.runtime.authorization.AuthorizationDecision;
import io.contractspec.runtime.authorization.AuthorizationRequest;
import io.contractspec.runtime.authorization.Authorizer;
import io.contractspec.runtime.authorization.PolicyAuthorizer;
import io.contractspec.runtime.authorization.RecordRule;
import java.util.List;
import java.util.Map;

/**
 * The authentication, authorization and record-check stages: the contract says whether a caller
 * must be known (401), every authorizer must allow the call (403), and a handler's record passes
 * the operation's record rule and every authorizer.
 */
public final class Authorization {

    private final List<Authorizer> authorizers;
    private final Map<SpecRef, RecordRule> recordRules;

    public Authorization(List<Authorizer> authorizers, Map<SpecRef, RecordRule> recordRules) {
        this.authorizers = List.copyOf(authorizers);
        this.recordRules = Map.copyOf(recordRules);
    }

    /** Stage AUTHENTICATE: whatever authorizers run, an operation that needs a principal gets one. */
    public void authenticate(OperationSpec operation, CallContext context) {
        if (!context.isAuthenticated() && PolicyAuthorizer.requiresPrincipal(operation.policy())) {
            throw new StageFailure(Stage.AUTHENTICATE, Problem.of(StandardCode.UNAUTHENTICATED)
                    .detail("Denied: authentication is required."));
        }
    }

    /** Stage AUTHORIZE: every authorizer allows the call. */
    public void authorize(OperationSpec operation, CallContext context) {
        AuthorizationRequest request = null;
        for (Authorizer authorizer : authorizers) {
            if (authorizer instanceof PolicyAuthorizer policy) { // the common case, without a request object
                refuseIfDenied(policy.check(operation.policy(), context), Stage.AUTHORIZE);
                continue;
            }
            if (request == null) {
                request = AuthorizationRequest.forOperation(operation, context);
            }
            refuseIfDenied(authorizer.authorize(request), Stage.AUTHORIZE);
        }
    }

    public boolean hasRecordRule(OperationSpec operation) {
        return !recordRules.isEmpty() && recordRules.containsKey(operation.ref());
    }

    /** Stage AUTHORIZE_RECORD: the operation's record rule and every authorizer allow acting on the record. */
    public void authorizeRecord(OperationSpec operation, CallContext context, Object record) {
        RecordRule rule = recordRules.get(operation.ref());
        if (rule != null) {
            refuseIfDenied(rule.check(context.principal().orElse(null), record), Stage.AUTHORIZE_RECORD);
        }
        AuthorizationRequest request = AuthorizationRequest.forRecord(operation, context, record);
        for (Authorizer authorizer : authorizers) {
            refuseIfDenied(authorizer.authorize(request), Stage.AUTHORIZE_RECORD);
        }
    }

    private static void refuseIfDenied(AuthorizationDecision decision, Stage stage) {
        if (decision instanceof AuthorizationDecision.Denied denied) {
            Stage reported = denied.code() == StandardCode.UNAUTHENTICATED ? Stage.AUTHENTICATE : stage;
            throw new StageFailure(reported, Problem.of(denied.code()).detail("Denied: " + denied.requirement() + "."));
        }
    }
}
