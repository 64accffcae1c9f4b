package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the surface authenticated them: user id, organization, roles, permissions.
 * The runtime never authenticates itself; a surface (REST with JWT, MCP, a test) supplies this.
 */
@PublicApi
public record Principal(String userId, String organizationId, Set<String> roles, Set<String> permissions) {

    public Principal {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("principal userId must not be blank");
        }
        Objects.requireNonNull(organizationId, "organizationId");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** A user of an organization with the given roles and no explicit permissions. */
    public static Principal of(String userId, String organizationId, String... roles) {
        return new Principal(userId, organizationId, Set.of(roles), Set.of());
    }

    public Principal withPermissions(String... granted) {
        return new Principal(userId, organizationId, roles, Set.of(granted));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasPermission(String permission) {
        return permissions.contains(permission);
    }
}
