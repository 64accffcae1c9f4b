/**
 * Public API (SPI): the interfaces a backend implements (unit of work, outbox, audit, idempotency, rate limiter, feature flags).
 */
package io.contractspec.runtime.spi;
