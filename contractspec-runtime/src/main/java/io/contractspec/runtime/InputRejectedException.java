package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.StandardCode;
import java.util.Objects;

/**
 * Thrown by {@link CallInput#read()} for input the call cannot take: BAD_REQUEST (malformed),
 * PAYLOAD_TOO_LARGE or UNSUPPORTED_MEDIA_TYPE. The pipeline turns it into the call's problem with
 * this detail. Stackless: it is control flow for bad requests.
 */
@PublicApi
public final class InputRejectedException extends RuntimeException {

    private final transient StandardCode code;

    public InputRejectedException(StandardCode code, String detail) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public StandardCode code() {
        return code;
    }

    /** What the caller is told, e.g. "The body exceeds the limit of 1048576 bytes." */
    public String detail() {
        return getMessage();
    }
}
