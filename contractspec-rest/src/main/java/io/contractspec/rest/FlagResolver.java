package io.contractspec.rest;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which feature flags are on for a request; the executor's policy checks the flags an
 * operation requires against them. The default turns none on.
 */
@FunctionalInterface
@PublicApi
public interface FlagResolver {

    FlagResolver NONE = (headers, principal) -> Set.of();

    Set<String> flags(RequestHeaders headers, Optional<Principal> principal);
}
