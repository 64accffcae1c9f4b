package io.contractspec.runtime;

/** The stages of the pipeline, in the order they run. */
public enum Stage {
    RESOLVE,
    AUTHENTICATE,
    AUTHORIZE,
    RATE_LIMIT,
    VALIDATE_INPUT,
    IDEMPOTENCY,
    HANDLER,
    VALIDATE_OUTPUT,
    TELEMETRY
}
