/**
 * Public API: The REST conformance kit: JUnit 5 test interfaces ({@link io.contractspec.testing.rest.RestConformanceKit}
 * and its parts) that any HTTP adapter of the executor must pass unchanged — the Javalin adapter of
 * {@code contractspec-rest} and the Spring MVC adapter of the Spring Boot starter run the same tests.
 * An adapter serves {@link io.contractspec.testing.rest.ConformanceContracts} with the
 * {@link io.contractspec.testing.rest.ConformanceHandlers}; a runner class implements the kit and
 * says where the adapter listens.
 */
package io.contractspec.testing.rest;
