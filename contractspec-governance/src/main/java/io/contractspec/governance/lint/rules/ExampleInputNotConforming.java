package io.contractspec.governance.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.internal.Paths;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Model;
import io.contractspec.schema.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Examples are executable documentation: an input that the operation rejects cannot show what the
 * example claims. The pipeline authenticates, authorizes and rate-limits before it validates, so
 * examples failing with those codes are not checked; an example that expects VALIDATION_FAILED must
 * have an input that really is invalid.
 */
@PublicApi
public final class ExampleInputNotConforming implements LintRule {

    private static final Set<String> BEFORE_VALIDATION = Set.of(
            StandardCode.UNAUTHENTICATED.code(), StandardCode.FORBIDDEN.code(), StandardCode.RATE_LIMITED.code());
    private static final String VALIDATION_FAILED = StandardCode.VALIDATION_FAILED.code();

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An example's input does not match the input model (or is valid although the example expects"
                + " VALIDATION_FAILED).";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            for (Example example : operation.examples()) {
                Optional<String> error = example.errorCode();
                if (error.isEmpty() || !BEFORE_VALIDATION.contains(error.get())) {
                    check(context, operation, example, error.filter(VALIDATION_FAILED::equals).isPresent());
                }
            }
        }
    }

    private void check(LintContext context, OperationSpec operation, Example example, boolean expectsInvalid) {
        String path = Paths.item("acceptance.examples", example.key()) + ".input";
        List<Diagnostic> issues = issues(operation.input(), example.input());
        if (expectsInvalid && issues.isEmpty()) {
            context.report(operation, path, "expects VALIDATION_FAILED, but its input is valid",
                    "make the input break a rule of the input model");
        }
        if (!expectsInvalid && operation.input().isEmpty() && !issues.isEmpty()) {
            context.report(operation, path, "sends input, but the operation takes none");
        } else if (!expectsInvalid) {
            String model = operation.input().map(Model::name).orElse("");
            for (Diagnostic issue : issues) {
                context.report(operation, Paths.within(path, issue.path()),
                        "does not match " + model + ": " + issue.message());
            }
        }
    }

    private static List<Diagnostic> issues(Optional<Model> input, JsonNode value) {
        if (input.isPresent()) {
            return input.get().validate(value).issues();
        }
        boolean empty = value.isNull() || value.isObject() && value.isEmpty();
        return empty ? List.of() : List.of(Diagnostic.issue("no_input", "", "the operation takes no input"));
    }
}
