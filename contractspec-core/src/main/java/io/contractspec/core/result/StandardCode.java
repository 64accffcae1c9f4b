package io.contractspec.core.result;

import io.contractspec.annotations.PublicApi;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The error codes every operation can produce, with their HTTP statuses and titles. */
@PublicApi
public enum StandardCode {
    BAD_REQUEST(400, "Bad request"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    VALIDATION_FAILED(422, "Validation failed"),
    RATE_LIMITED(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    NOT_IMPLEMENTED(501, "Not implemented"),
    UNAVAILABLE(503, "Service unavailable");

    private static final Map<String, StandardCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final int status;
    private final String title;

    StandardCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The code as it travels: the constant name, e.g. {@code VALIDATION_FAILED}. */
    public String code() {
        return name();
    }

    public static Optional<StandardCode> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }
}
