package io.contractspec.governance.lint;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Spec;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link LintRule} sees while it runs: the registry, and a way to report findings that
 * stamps them with the rule's id, its configured severity, the spec's {@code key@version} and its
 * source location.
 */
@PublicApi
public final class LintContext {

    private final ContractRegistry registry;
    private final String ruleId;
    private final Severity severity;
    private final List<Diagnostic> findings;

    LintContext(ContractRegistry registry, String ruleId, Severity severity, List<Diagnostic> findings) {
        this.registry = registry;
        this.ruleId = ruleId;
        this.severity = severity;
        this.findings = findings;
    }

    public ContractRegistry registry() {
        return registry;
    }

    /**
     * Reports a finding about a spec.
     *
     * @param path where in the spec, in snapshot terms ({@code goal}, {@code io.input.email},
     *     {@code acceptance.examples[resume-normal]}); empty for the spec as a whole
     */
    public void report(Spec spec, String path, String message) {
        report(spec, path, message, null);
    }

    /** Reports a finding with a hint on how to fix it. */
    public void report(Spec spec, String path, String message, String hint) {
        Objects.requireNonNull(spec, "spec");
        findings.add(Diagnostic.builder()
                .severity(severity)
                .id(ruleId)
                .subject(spec.ref().toString())
                .path(Objects.requireNonNull(path, "path"))
                .location(spec.source())
                .message(message)
                .hint(hint)
                .build());
    }
}
