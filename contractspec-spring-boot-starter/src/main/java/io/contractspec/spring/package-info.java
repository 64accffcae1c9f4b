/**
 * Public API: The Spring Boot starter: contracts served by Spring MVC inside an existing application. Add the
 * dependency and the auto-configuration builds the registry (ServiceLoader plus
 * {@link io.contractspec.core.registry.ContractModule} beans), binds handlers from beans
 * ({@link io.contractspec.spring.ContractHandler} methods, {@link io.contractspec.spring.ContractHandlers}),
 * runs the executor on the application's DataSource and transaction manager (runtime tables migrated
 * with the application's Flyway), serves every operation's route and {@code /openapi.json} through
 * the DispatcherServlet, maps Spring Security's {@code Authentication} to the principal and adds a
 * {@code contractspec} health indicator. Settings are the {@code contractspec.*} properties
 * ({@link io.contractspec.spring.ContractSpecProperties}).
 *
 * <p>Auto-configuration classes are {@link io.contractspec.spring.autoconfigure}; Spring Security
 * support is {@link io.contractspec.spring.security}; {@code io.contractspec.spring.internal} is
 * implementation.
 */
package io.contractspec.spring;
