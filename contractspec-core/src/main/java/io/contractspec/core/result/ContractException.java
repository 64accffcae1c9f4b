package io.contractspec.core.result;

import java.util.Objects;

/**
 * Thrown by a handler to end a call with an error code: a standard one or one the operation
 * declares. The runtime maps a declared code to its declared status; an undeclared code becomes
 * INTERNAL_ERROR (the original code kept in the problem's metadata).
 */
public class ContractException extends RuntimeException {

    private final String code;

    public ContractException(String code, String detail) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ContractException(StandardCode code, String detail) {
        this(code.code(), detail);
    }

    public String code() {
        return code;
    }

    /** The message safe to show to the caller. */
    public String detail() {
        return getMessage();
    }
}
