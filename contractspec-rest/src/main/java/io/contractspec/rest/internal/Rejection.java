package io.contractspec.rest.internal;

import io.contractspec.core.result.StandardCode;
import java.util.Objects;

/**
 * A request the adapter refuses before it reaches the executor: malformed JSON, a wrong content
 * type, a body over the limit, an invalid token. Carries no stack trace; it is control flow.
 */
public final class Rejection extends RuntimeException {

    private final StandardCode code;
    private final String challenge;

    public Rejection(StandardCode code, String detail) {
        this(code, detail, null);
    }

    /** A rejection with a {@code WWW-Authenticate} challenge (for 401). */
    public Rejection(StandardCode code, String detail, String challenge) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.challenge = challenge;
    }

    public StandardCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** The {@code WWW-Authenticate} value, or null. */
    public String challenge() {
        return challenge;
    }
}
