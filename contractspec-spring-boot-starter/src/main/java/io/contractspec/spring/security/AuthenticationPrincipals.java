package io.contractspec.spring.security;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.Principal;
import io.contractspec.spring.ContractSpecProperties;
import io.contractspec.spring.PrincipalResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * The principal of a request from Spring Security's {@link Authentication}: the name is the user id;
 * authorities with the role prefix ({@code ROLE_}) become roles, the others permissions (without the
 * {@code SCOPE_} prefix of OAuth2 scopes); the organization is a claim — of the JWT or OIDC user when
 * the principal carries claims, else a key of the details map. Anonymous and unauthenticated
 * requests have no principal.
 */
@PublicApi
public final class AuthenticationPrincipals implements PrincipalResolver {

    private static final boolean OAUTH2 = ClassUtils.isPresent(
            "org.springframework.security.oauth2.core.ClaimAccessor", AuthenticationPrincipals.class.getClassLoader());

    private final String organizationClaim;
    private final String rolePrefix;
    private final String permissionPrefix;

    public AuthenticationPrincipals(ContractSpecProperties.Security settings) {
        this.organizationClaim = settings.getOrganizationClaim();
        this.rolePrefix = settings.getRolePrefix();
        this.permissionPrefix = settings.getPermissionPrefix();
    }

    @Override
    public Optional<Principal> resolve(HttpServletRequest request) {
        return principal(SecurityContextHolder.getContext().getAuthentication());
    }

    public Optional<Principal> principal(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        Set<String> permissions = new LinkedHashSet<>();
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith(rolePrefix)) {
                roles.add(authority.substring(rolePrefix.length()));
            } else {
                permissions.add(authority.startsWith(permissionPrefix) ? authority.substring(permissionPrefix.length()) : authority);
            }
        }
        return Optional.of(new Principal(authentication.getName(), organization(authentication), roles, permissions));
    }

    private String organization(Authentication authentication) {
        if (OAUTH2) {
            String claim = OAuth2Claims.claim(authentication.getPrincipal(), organizationClaim);
            if (claim != null) {
                return claim;
            }
        }
        if (authentication.getDetails() instanceof Map<?, ?> details && details.get(organizationClaim) != null) {
            return details.get(organizationClaim).toString();
        }
        return "";
    }
}
