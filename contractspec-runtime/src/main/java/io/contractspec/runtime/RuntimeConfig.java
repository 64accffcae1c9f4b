package io.contractspec.runtime;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.runtime.internal.Authorization;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.RateLimiter;
import io.contractspec.runtime.spi.UnitOfWork;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;

/** Everything an executor is built from; assembled and defaulted by {@link ExecutorBuilder}. */
record RuntimeConfig(
        ContractRegistry registry,
        HandlerBindings handlers,
        Authorization authorization,
        RateLimiter rateLimiter,
        IdempotencyStore idempotencyStore,
        Duration idempotencyTtl,
        UnitOfWork unitOfWork,
        OutboxStore outboxStore,
        EventBus eventBus,
        AuditStore auditStore,
        ExecutionListener listener,
        OpenTelemetry openTelemetry) {}
