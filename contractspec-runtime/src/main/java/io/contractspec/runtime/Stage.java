package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;


/** The stages of the pipeline, in the order they run. */
@PublicApi
public enum Stage {
    RESOLVE,
    AUTHENTICATE,
    AUTHORIZE,
    RATE_LIMIT,
    /** Reading the input a surface handed over as a body: 400 malformed, 413 too large, 415 not JSON. */
    PARSE_INPUT,
    VALIDATE_INPUT,
    IDEMPOTENCY,
    HANDLER,
    /** A record-level check the handler asked for ({@code HandlerContext.authorize}); runs inside HANDLER. */
    AUTHORIZE_RECORD,
    VALIDATE_OUTPUT,
    /** Writing the call's events, audit record and idempotency entry, and committing them with the handler's writes. */
    COMMIT,
    TELEMETRY
}
