package io.contractspec.studio.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.governance.diff.BreakingChanges;
import io.contractspec.governance.diff.DiffConfig;
import io.contractspec.governance.lint.LintConfig;
import io.contractspec.governance.lint.Linter;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * Lint findings and breaking changes against the baseline, from the engine {@code contractspec ci}
 * runs, as JSON: in total and, through {@link #forSpec}, per spec (a finding's subject starts with
 * the spec's {@code key@version}).
 */
final class GovernanceFindings {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<Diagnostic> lint;
    private final Optional<List<Diagnostic>> breaking;

    private GovernanceFindings(List<Diagnostic> lint, Optional<List<Diagnostic>> breaking) {
        this.lint = lint;
        this.breaking = breaking;
    }

    static GovernanceFindings of(ContractRegistry registry, LintConfig lint, DiffConfig diff,
            Optional<ContractRegistry> baseline) {
        return new GovernanceFindings(Linter.standard().lint(registry, lint),
                baseline.map(before -> BreakingChanges.standard().compare(before, registry, diff).findings()));
    }

    ObjectNode toJson() {
        ObjectNode node = JSON.objectNode();
        node.set("lint", array(lint, ""));
        node.put("baseline", breaking.isPresent());
        node.set("breaking", array(breaking.orElse(List.of()), ""));
        return node;
    }

    /** The findings about one spec, {@code {lint: [...], breaking: [...]}}. */
    ObjectNode forSpec(String ref) {
        ObjectNode node = JSON.objectNode();
        node.set("lint", array(lint, ref));
        node.set("breaking", array(breaking.orElse(List.of()), ref));
        return node;
    }

    private static ArrayNode array(List<Diagnostic> findings, String subjectPrefix) {
        ArrayNode array = JSON.arrayNode();
        for (Diagnostic finding : findings) {
            String subject = finding.subject() == null ? "" : finding.subject();
            if (subjectPrefix.isEmpty() || subject.equals(subjectPrefix) || subject.startsWith(subjectPrefix + " ")
                    || subject.startsWith(subjectPrefix + "/") || subject.startsWith(subjectPrefix + "#")) {
                array.add(json(finding));
            }
        }
        return array;
    }

    private static ObjectNode json(Diagnostic finding) {
        ObjectNode node = JSON.objectNode()
                .put("severity", finding.severity().wireName())
                .put("breaking", finding.severity().isBreaking())
                .put("id", finding.id())
                .put("subject", finding.subject())
                .put("path", finding.path())
                .put("message", finding.message());
        if (finding.location() != null && finding.location().isKnown()) {
            node.put("location", finding.location().toString());
        }
        finding.hint().ifPresent(hint -> node.put("hint", hint));
        return node;
    }
}
