package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.internal.SchemaWalk;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.Field;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Severity;
import java.util.Set;

/**
 * Every store has limits: a VARCHAR column's length, an INT column's range. An input field that
 * does not state them accepts values the store then refuses (a 500) or silently truncates; stated
 * in the contract, validation answers 422 naming the field, and clients and docs see the limit.
 * Reports input strings of the scalars whose format leaves the length open (String,
 * NonEmptyString, URL) without {@code maxLength}, and Int fields without both {@code minimum} and
 * {@code maximum}. Scalars with a bounded format (ID, EmailAddress, dates, codes, …) pass.
 */
@PublicApi
public final class UnboundedInputField implements LintRule {

    private static final Set<Scalar> OPEN_LENGTH = Set.of(Scalar.STRING, Scalar.NON_EMPTY_STRING, Scalar.URL);

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "An input string field has no maxLength, or an input integer field lacks a minimum or a maximum.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            operation.input().ifPresent(input -> SchemaWalk.fields(input, "", (path, field) ->
                    check(context, operation, "io.input." + path, field)));
        }
    }

    private static void check(LintContext context, OperationSpec operation, String subject, Field field) {
        if (!(field.type() instanceof Scalar scalar)) {
            return;
        }
        Constraints constraints = field.constraints();
        if (OPEN_LENGTH.contains(scalar) && constraints.maxLength().isEmpty()) {
            context.report(operation, subject, "is a " + scalar.name() + " without maxLength",
                    "state the longest value the storage behind it holds, e.g. .maxLength(255) for a VARCHAR(255)");
        } else if (scalar == Scalar.INT && (constraints.minimum().isEmpty() || constraints.maximum().isEmpty())) {
            String missing = constraints.minimum().isEmpty() && constraints.maximum().isEmpty() ? "minimum and maximum"
                    : constraints.minimum().isEmpty() ? "minimum" : "maximum";
            context.report(operation, subject, "is an Int without " + missing,
                    "state the range the storage behind it holds, e.g. .minimum(0).maximum(Integer.MAX_VALUE) for an INT");
        }
    }
}
