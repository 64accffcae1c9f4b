/**
 * Public API: Readiness for {@code /ready}: the {@link io.contractspec.rest.health.ReadinessCheck} SPI and
 * {@link io.contractspec.rest.health.JdbcReadinessChecks} (database reachable, migrations applied).
 */
package io.contractspec.rest.health;
