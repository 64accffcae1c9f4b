package io.contractspec.core.spec;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;

/**
 * A declared error: its code (UPPER_SNAKE), HTTP status and when it happens. Declare each once, as
 * a constant next to the operation, list it with {@link OperationBuilder#error(ErrorSpec)}, and
 * end a call with it from the handler, so the code is never restated as a string:
 *
 * <pre>{@code
 * static final ErrorSpec NOT_PAUSED = ErrorSpec.of(CONFLICT, "the instance is not paused");
 * ... .error(NOT_PAUSED) ...
 * throw NOT_PAUSED.raise("Only a paused instance can be resumed; this one is " + status + ".");
 * }</pre>
 */
public record ErrorSpec(String code, int status, String when) {

    public ErrorSpec {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("error code '" + code + "' must be UPPER_SNAKE_CASE");
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error " + code + ": status " + status + " is not a 4xx/5xx status");
        }
        if (when == null) {
            throw new IllegalArgumentException("error " + code + ": 'when' must not be null");
        }
    }

    /** A standard error (its status is the standard one) with the operation's own "when". */
    public static ErrorSpec of(StandardCode code, String when) {
        return new ErrorSpec(code.code(), code.status(), when);
    }

    /**
     * Ends the call with this error and a detail for the caller. It always throws; it is declared
     * to return the exception so that {@code throw NOT_PAUSED.raise(...)} tells the compiler the
     * code after it is unreachable.
     */
    public ContractException raise(String detail) {
        throw exception(detail);
    }

    /** The exception {@link #raise} throws, for {@code orElseThrow(() -> NOT_FOUND.exception(...))}. */
    public ContractException exception(String detail) {
        return new ContractException(code, detail);
    }

    /** {@code [A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*}, checked by hand: every operation built or read checks its codes. */
    public static boolean isValidCode(String code) {
        if (code == null || code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        boolean afterUnderscore = false;
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                afterUnderscore = false;
            } else if (c == '_' && !afterUnderscore) {
                afterUnderscore = true;
            } else {
                return false;
            }
        }
        return !afterUnderscore;
    }
}
