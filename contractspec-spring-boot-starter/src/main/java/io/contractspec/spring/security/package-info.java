/**
 * Public API: Spring Security support: {@link io.contractspec.spring.security.AuthenticationPrincipals} maps the
 * request's {@code Authentication} to the principal the executor's policy checks; the entry point and
 * access-denied handler answer refusals made by the security filter chain with the same problem
 * documents as the contract routes.
 */
package io.contractspec.spring.security;
