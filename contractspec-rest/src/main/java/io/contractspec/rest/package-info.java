/**
 * Public API: The REST surface: {@link io.contractspec.rest.RestServer#create} serves every operation of an
 * executor's registry over HTTP (Javalin) — queries with GET and typed query parameters or
 * {@code ?input=}, commands with POST and a JSON body, transport overrides with path parameters —
 * plus {@code /health}, {@code /ready} and {@code /openapi.json}. Every failure is an
 * {@code application/problem+json} document with the pipeline's status and the trace id.
 * {@link io.contractspec.rest.RestConfig} holds the settings (base path, body limit, authenticator,
 * flags, CORS, readiness checks, OpenAPI options, a Javalin hook for extra routes).
 *
 * <p>Authentication is {@link io.contractspec.rest.auth}; the OpenAPI 3.1 export is
 * {@link io.contractspec.rest.openapi}; readiness checks are {@link io.contractspec.rest.health};
 * {@link io.contractspec.rest.RestRoutes} tells client generators where each operation and field travels.
 * Everything in {@code io.contractspec.rest.internal} is implementation.
 */
package io.contractspec.rest;
