package io.contractspec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.Principal;
import io.contractspec.spring.security.AuthenticationPrincipals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.ClaimAccessor;

class AuthenticationPrincipalsTest {

    private final AuthenticationPrincipals principals = new AuthenticationPrincipals(new ContractSpecProperties().getSecurity());

    @Test
    void mapsRoleAuthoritiesToRolesAndTheOthersToPermissions() {
        var authentication = UsernamePasswordAuthenticationToken.authenticated("ann", null,
                AuthorityUtils.createAuthorityList("ROLE_admin", "SCOPE_orders.read", "reports.export"));

        Principal principal = principals.principal(authentication).orElseThrow();

        assertThat(principal.userId()).isEqualTo("ann");
        assertThat(principal.roles()).containsExactly("admin");
        assertThat(principal.permissions()).containsExactlyInAnyOrder("orders.read", "reports.export");
    }

    @Test
    void readsTheOrganizationFromAClaimOfTheTokenPrincipal() {
        ClaimAccessor token = () -> Map.of("sub", "ann", "org", "acme");
        var authentication = UsernamePasswordAuthenticationToken.authenticated(token, null, List.of());

        assertThat(principals.principal(authentication).orElseThrow().organizationId()).isEqualTo("acme");
    }

    @Test
    void readsTheOrganizationFromTheDetailsMapOtherwise() {
        var authentication = UsernamePasswordAuthenticationToken.authenticated("ann", null, List.of());
        authentication.setDetails(Map.of("org", "globex"));

        assertThat(principals.principal(authentication).orElseThrow().organizationId()).isEqualTo("globex");
    }

    @Test
    void treatsAnonymousAndUnauthenticatedCallersAsNoPrincipal() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        var unauthenticated = UsernamePasswordAuthenticationToken.unauthenticated("ann", "secret");

        assertThat(principals.principal(anonymous)).isEmpty();
        assertThat(principals.principal(unauthenticated)).isEmpty();
        assertThat(principals.principal(null)).isEmpty();
    }
}
