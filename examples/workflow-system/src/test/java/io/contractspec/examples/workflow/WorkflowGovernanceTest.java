package io.contractspec.examples.workflow;

import static io.contractspec.examples.workflow.Workflow.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.governance.Findings;
import io.contractspec.governance.diff.BreakingChanges;
import io.contractspec.governance.diff.DiffReport;
import io.contractspec.governance.lint.LintConfig;
import io.contractspec.governance.lint.Linter;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workflow contracts pass governance, and a breaking edit of their snapshot is caught by the right rules. */
class WorkflowGovernanceTest {

    @Test
    void lintFindsNoErrors() {
        assertThat(Linter.standard().rules()).as("lint rules on the class path").hasSizeGreaterThan(20);
        List<Diagnostic> findings = Linter.run(REGISTRY, LintConfig.DEFAULTS);
        assertThat(findings).filteredOn(finding -> finding.severity() == Severity.ERROR)
                .extracting(Findings::line)
                .isEmpty();
    }

    @Test
    void snapshotComparedWithItselfHasNoDifferences() {
        ContractRegistry snapshot = Snapshot.read(Snapshot.write(REGISTRY));
        DiffReport report = BreakingChanges.between(snapshot, Snapshot.read(Snapshot.write(REGISTRY)));
        assertThat(report.isEmpty()).as(report.findings().toString()).isTrue();
        assertThat(BreakingChanges.between(REGISTRY, snapshot).isEmpty()).isTrue();
    }

    @Test
    void breakingEditOfTheSnapshotIsFoundByTheRightRules() {
        ObjectNode document = Snapshot.toJson(REGISTRY);
        ArrayNode operations = (ArrayNode) document.get("operations");
        ObjectNode get = operation(operations, "workflow.instance.get");
        get.put("version", "1.1.0");
        ((ObjectNode) get.get("policy")).put("auth", "admin");
        removeField((ArrayNode) get.get("io").get("output").get("fields"), "priority");
        operations.remove(indexOf(operations, "workflow.instance.cancel"));

        DiffReport report = BreakingChanges.between(REGISTRY, Snapshot.fromJson(document));

        assertThat(report.findings()).extracting(Findings::line).containsExactlyInAnyOrder(
                "ERROR RemovedOperation workflow.instance.cancel@1.0.0: operation was removed",
                "ERROR RemovedWithoutDeprecation workflow.instance.cancel@1.0.0: was removed without being deprecated"
                        + " first (it was stable)",
                "ERROR MajorVersionRequired workflow.instance.get@1.1.0 [version]: makes breaking changes"
                        + " (RemovedOutputField, TightenedAuth) within major version 1 (1.0.0 → 1.1.0)",
                "ERROR RemovedOutputField workflow.instance.get@1.1.0 [io.output.priority]: output field 'priority'"
                        + " was removed",
                "ERROR TightenedAuth workflow.instance.get@1.1.0 [policy.auth]: auth tightened from user to admin");
        assertThat(report.summary().toString()).isEqualTo("0 added, 1 removed, 1 changed; 5 error(s), 0 danger(s),"
                + " 0 warning(s), 0 note(s)");
    }

    private static ObjectNode operation(ArrayNode operations, String key) {
        return (ObjectNode) operations.get(indexOf(operations, key));
    }

    private static int indexOf(ArrayNode entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no entry " + key);
    }

    private static void removeField(ArrayNode fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            JsonNode field = fields.get(i);
            if (field.get("name").asText().equals(name)) {
                fields.remove(i);
                return;
            }
        }
        throw new AssertionError("no field " + name);
    }
}
