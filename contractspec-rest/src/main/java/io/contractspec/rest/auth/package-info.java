/**
 * Public API: Authentication for the REST surface: the {@link io.contractspec.rest.auth.Authenticator} SPI
 * (request headers to a principal, anonymous, or a 401 with a challenge) and
 * {@link io.contractspec.rest.auth.JwtAuthenticator}, bearer JWTs verified with nimbus-jose-jwt
 * (HS256 with a shared secret, RS256 with a JWKS URL or key set).
 */
package io.contractspec.rest.auth;
