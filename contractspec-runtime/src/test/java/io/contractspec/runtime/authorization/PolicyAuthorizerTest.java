package io.contractspec.runtime.authorization;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.spec.AuthLevel.ADMIN;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.core.spec.AuthLevel.USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.spi.FlagProvider;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in policy authorizer on its own: auth levels, roles, permissions and flags, and what a denial says. */
class PolicyAuthorizerTest {

    private static final CallContext ANONYMOUS_CALL = CallContext.anonymous();

    private static final Model INSTANCE_REF = Model.builder("InstanceRef").required("id", Scalar.ID).build();

    private final PolicyAuthorizer engine = new PolicyAuthorizer(FlagProvider.FROM_CONTEXT);

    private static CallContext as(String... roles) {
        return CallContext.of(Principal.of("alice", "acme", roles));
    }

    private static CallContext withPermissions(String... permissions) {
        return CallContext.of(Principal.of("alice", "acme").withPermissions(permissions));
    }

    private AuthorizationDecision.Denied check(Policy.Builder policy, CallContext context) {
        return denialOf(engine.check(policy.build(), context));
    }

    /** The denial, or null when allowed (a decision is always one of the two). */
    private static AuthorizationDecision.Denied denialOf(AuthorizationDecision decision) {
        assertThat(decision).isNotNull();
        if (decision.isAllowed()) {
            assertThat(decision).isEqualTo(AuthorizationDecision.allowed());
            return null;
        }
        return (AuthorizationDecision.Denied) decision;
    }

    @Test
    void letsAnybodyCallAnAnonymousOperation() {
        assertThat(check(auth(ANONYMOUS), ANONYMOUS_CALL)).isNull();
        assertThat(check(auth(ANONYMOUS), as())).isNull();
    }

    @Test
    void requiresAPrincipalForAUserOperation() {
        assertThat(check(auth(USER), ANONYMOUS_CALL))
                .isEqualTo(new AuthorizationDecision.Denied(StandardCode.UNAUTHENTICATED, "authentication is required"));
        assertThat(check(auth(USER), as())).isNull();
    }

    @Test
    void requiresAPrincipalWhenAnAnonymousOperationAsksForRoles() {
        assertThat(check(auth(ANONYMOUS).anyRole("member"), ANONYMOUS_CALL).code()).isEqualTo(StandardCode.UNAUTHENTICATED);
    }

    @Test
    void makesAnAdminOfExactlyTheAdminRole() {
        assertThat(check(auth(ADMIN), ANONYMOUS_CALL).code()).isEqualTo(StandardCode.UNAUTHENTICATED);
        assertThat(check(auth(ADMIN), as("member", "Admin", "administrator")))
                .isEqualTo(new AuthorizationDecision.Denied(StandardCode.FORBIDDEN, "the 'admin' role is required"));
        assertThat(check(auth(ADMIN), withPermissions("admin")).code()).isEqualTo(StandardCode.FORBIDDEN);
        assertThat(check(auth(ADMIN), as("admin"))).isNull();
    }

    @Test
    void requiresEveryRole() {
        Policy.Builder policy = auth(USER).roles("approver", "auditor");

        assertThat(check(policy, as("approver")))
                .isEqualTo(new AuthorizationDecision.Denied(StandardCode.FORBIDDEN, "the role 'auditor' is required"));
        assertThat(check(policy, as("auditor", "approver", "member"))).isNull();
    }

    @Test
    void requiresOneOfAnyRole() {
        Policy.Builder policy = auth(USER).anyRole("approver", "owner");

        assertThat(check(policy, as("member")))
                .isEqualTo(new AuthorizationDecision.Denied(StandardCode.FORBIDDEN, "one of the roles [approver, owner] is required"));
        assertThat(check(policy, as("owner"))).isNull();
    }

    @Test
    void requiresEveryPermission() {
        Policy.Builder policy = auth(USER).permissions("instance:read", "instance:write");

        assertThat(check(policy, withPermissions("instance:read")).requirement())
                .isEqualTo("the permission 'instance:write' is required");
        assertThat(check(policy, as("instance:read", "instance:write")).code())
                .as("roles are not permissions").isEqualTo(StandardCode.FORBIDDEN);
        assertThat(check(policy, withPermissions("instance:write", "instance:read"))).isNull();
    }

    @Test
    void requiresOneOfAnyPermission() {
        Policy.Builder policy = auth(USER).anyPermission("instance:write", "instance:admin");

        assertThat(check(policy, withPermissions("instance:read")).requirement())
                .isEqualTo("one of the permissions [instance:write, instance:admin] is required");
        assertThat(check(policy, withPermissions("instance:admin"))).isNull();
    }

    @Test
    void readsFlagsFromTheContextByDefault() {
        Policy.Builder policy = auth(ANONYMOUS).flags("new-editor");

        assertThat(check(policy, ANONYMOUS_CALL))
                .isEqualTo(new AuthorizationDecision.Denied(StandardCode.FORBIDDEN, "the feature 'new-editor' is not enabled"));
        assertThat(check(policy, CallContext.builder().flags(Set.of("new-editor")).build())).isNull();
    }

    @Test
    void asksACustomFlagProvider() {
        PolicyAuthorizer acmeOnly = new PolicyAuthorizer((flag, context) -> flag.equals("new-editor")
                && context.principal().map(p -> p.organizationId().equals("acme")).orElse(false));
        Policy policy = auth(USER).flags("new-editor").build();

        assertThat(denialOf(acmeOnly.check(policy, as()))).isNull();
        assertThat(denialOf(acmeOnly.check(policy, CallContext.of(Principal.of("carol", "globex")))).code())
                .isEqualTo(StandardCode.FORBIDDEN);
        assertThat(denialOf(acmeOnly.check(policy, CallContext.builder().principal(Principal.of("carol", "globex"))
                .flags(Set.of("new-editor")).build()))).as("the provider, not the context, decides").isNotNull();
    }

    @Test
    void asAnAuthorizerChecksTheOperationsPolicyAndLeavesRecordsToRecordRules() {
        OperationSpec approve = command("workflow.approval.decide", "1.0.0").input(INSTANCE_REF).output(INSTANCE_REF)
                .policy(auth(USER).roles("approver")).build();

        assertThat(denialOf(engine.authorize(AuthorizationRequest.forOperation(approve, as("member")))).requirement())
                .isEqualTo("the role 'approver' is required");
        assertThat(denialOf(engine.authorize(AuthorizationRequest.forOperation(approve, as("approver"))))).isNull();
        assertThat(denialOf(engine.authorize(AuthorizationRequest.forRecord(approve, as("member"), "inst-1"))))
                .as("the operation check already ran; a record is judged by record rules").isNull();
    }

    @Test
    void checksRolesBeforePermissionsBeforeFlags() {
        Policy.Builder policy = auth(USER).roles("approver").permissions("instance:write").flags("beta");

        assertThat(check(policy, as()).requirement()).contains("role");
        assertThat(check(policy, CallContext.of(Principal.of("alice", "acme", "approver"))).requirement())
                .contains("permission");
    }

    @Test
    void neverNamesWhatTheCallerHolds() {
        CallContext call = CallContext.of(new Principal("alice", "acme", Set.of("secret-role-x"), Set.of("secret-perm-y")));
        Policy.Builder[] policies = {
            auth(ADMIN), auth(USER).roles("approver"), auth(USER).anyRole("approver", "owner"),
            auth(USER).permissions("p:1"), auth(USER).anyPermission("p:1", "p:2"), auth(USER).flags("beta")
        };

        for (Policy.Builder policy : policies) {
            assertThat(check(policy, call).requirement()).doesNotContain("secret-role-x").doesNotContain("secret-perm-y");
        }
    }
}
