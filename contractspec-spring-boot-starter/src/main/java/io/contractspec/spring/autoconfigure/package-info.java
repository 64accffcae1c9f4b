/**
 * Public API: Spring Boot auto-configuration of the starter, listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}: the
 * executor and its registry ({@link io.contractspec.spring.autoconfigure.ContractSpecAutoConfiguration}),
 * the Spring MVC routes, Spring Security and health. Every bean backs off when the application
 * declares its own.
 */
package io.contractspec.spring.autoconfigure;
