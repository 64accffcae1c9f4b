package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.internal.SchemaWalk;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Severity;
import java.util.List;
import java.util.Set;

/**
 * PII paths drive redaction in audit records and logs; an e-mail address or phone number that is
 * not listed there is written out in clear. Operations declare input paths in their policy,
 * events declare payload paths.
 */
@PublicApi
public final class UndeclaredPersonalData implements LintRule {

    private static final Set<Scalar> PERSONAL = Set.of(Scalar.EMAIL_ADDRESS, Scalar.PHONE_NUMBER);

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "An input or payload field holds an e-mail address or phone number but is not declared as PII.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            operation.input().ifPresent(input ->
                    check(context, operation, input, "io.input", operation.policy().pii(), "policy.pii"));
        }
        for (EventSpec event : context.registry().events()) {
            check(context, event, event.payload(), "payload", event.pii(), "pii");
        }
    }

    private static void check(LintContext context, Spec spec, Model model, String root, List<String> pii, String list) {
        SchemaWalk.fields(model, "", (path, field) -> {
            String dotted = path.replace("[]", "");
            if (isPersonal(field) && pii.stream().noneMatch(p -> dotted.equals(p) || dotted.startsWith(p + "."))) {
                context.report(spec, root + "." + path,
                        "holds " + field.type().name() + " but is not listed in " + list,
                        "add \"" + dotted + "\" to " + list + " so that audit records and logs redact it");
            }
        });
    }

    private static boolean isPersonal(Field field) {
        return field.type() instanceof Scalar scalar && PERSONAL.contains(scalar);
    }
}
