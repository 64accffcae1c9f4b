package io.contractspec.schema;

import io.contractspec.annotations.PublicApi;
import java.util.List;

/** The outcome of validating a payload: every issue found, in document order; empty when valid. */
@PublicApi
public record ValidationResult(List<Diagnostic> issues) {

    private static final ValidationResult VALID = new ValidationResult(List.of());

    public ValidationResult {
        issues = List.copyOf(issues);
    }

    public static ValidationResult valid() {
        return VALID;
    }

    public static ValidationResult of(List<Diagnostic> issues) {
        return issues.isEmpty() ? VALID : new ValidationResult(issues);
    }

    public boolean isValid() {
        return issues.isEmpty();
    }
}
