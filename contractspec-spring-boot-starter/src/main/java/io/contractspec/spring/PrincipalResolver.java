package io.contractspec.spring;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.Principal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who calls an operation over HTTP. The starter maps Spring Security's {@code Authentication} when
 * Spring Security is present (see {@link io.contractspec.spring.security.AuthenticationPrincipals});
 * declare a bean of this type to decide otherwise. Empty means anonymous: the operation's policy
 * then decides whether that is enough.
 */
@FunctionalInterface
@PublicApi
public interface PrincipalResolver {

    /** Every request is anonymous. */
    PrincipalResolver ANONYMOUS = request -> Optional.empty();

    Optional<Principal> resolve(HttpServletRequest request);
}
