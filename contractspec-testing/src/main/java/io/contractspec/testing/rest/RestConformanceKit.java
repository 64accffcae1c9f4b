package io.contractspec.testing.rest;

import io.contractspec.annotations.PublicApi;


/**
 * The whole REST conformance kit: statuses, problem documents, parameter binding and idempotency.
 * An adapter passes it when a test class that serves {@link ConformanceContracts} as
 * {@link ConformanceTarget} describes implements this interface:
 *
 * <pre>{@code
 * class JavalinConformanceTest implements RestConformanceKit {
 *     static RestServer server = …;              // started once for the class
 *     public ConformanceTarget target() { return ConformanceTarget.of(server.port(), handlers); }
 * }
 * }</pre>
 */
@PublicApi
public interface RestConformanceKit
        extends StatusConformance, ProblemDocumentConformance, ParameterBindingConformance, IdempotencyConformance {}
