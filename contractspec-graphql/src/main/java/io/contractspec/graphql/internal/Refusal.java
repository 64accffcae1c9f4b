package io.contractspec.graphql.internal;

import io.contractspec.core.result.StandardCode;

/** A request refused before GraphQL runs it (malformed, too large, wrong media type): its code and why. */
public final class Refusal extends RuntimeException {

    private final StandardCode code;
    private final String challenge;

    public Refusal(StandardCode code, String detail) {
        this(code, detail, null);
    }

    public Refusal(StandardCode code, String detail, String challenge) {
        super(detail, null, false, false);
        this.code = code;
        this.challenge = challenge;
    }

    public StandardCode code() {
        return code;
    }

    /** The {@code WWW-Authenticate} value of a 401, or null. */
    public String challenge() {
        return challenge;
    }
}
