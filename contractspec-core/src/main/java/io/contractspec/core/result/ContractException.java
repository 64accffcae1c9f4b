package io.contractspec.core.result;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by a handler to end a call with an error code: a standard one or one the operation
 * declares. The runtime maps a declared code to its declared status; an undeclared code becomes
 * INTERNAL_ERROR (the original code kept in the problem's metadata).
 */
@PublicApi
public class ContractException extends RuntimeException {

    private final String code;
    private final List<Diagnostic> issues;

    public ContractException(String code, String detail) {
        this(code, detail, List.of());
    }

    /** An error with the issues that caused it, each naming its field (e.g. a rejected cursor). */
    public ContractException(String code, String detail, List<Diagnostic> issues) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
        this.issues = List.copyOf(issues);
    }

    public ContractException(StandardCode code, String detail, List<Diagnostic> issues) {
        this(code.code(), detail, issues);
    }

    public ContractException(StandardCode code, String detail) {
        this(code.code(), detail);
    }

    public String code() {
        return code;
    }

    /** The issues the problem document lists; often empty. */
    public List<Diagnostic> issues() {
        return issues;
    }

    /** The message safe to show to the caller. */
    public String detail() {
        return getMessage();
    }
}
