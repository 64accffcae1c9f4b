package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;
import io.contractspec.build.sarif.RuleDescriptor;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.List;

/**
 * What {@code ci} found: one result per stage in run order, and the rule catalog for reports. The
 * run fails when a finding is at DANGER or ERROR, or at WARNING with {@code failOnWarnings}.
 */
@Internal
public record CiReport(List<StageResult> stages, List<RuleDescriptor> rules, boolean failOnWarnings) {

    public CiReport {
        stages = List.copyOf(stages);
        rules = List.copyOf(rules);
    }

    public static boolean fails(Diagnostic finding, boolean failOnWarnings) {
        return finding.severity().isBreaking() || (failOnWarnings && finding.severity() == Severity.WARNING);
    }

    /** Every finding, stage by stage. */
    public List<Diagnostic> findings() {
        return stages.stream().flatMap(stage -> stage.findings().stream()).toList();
    }

    public boolean passed() {
        return stages.stream().noneMatch(stage -> stage.status() == StageResult.Status.FAILED);
    }

    /** 0 when the run passed, 1 when findings fail it. */
    public int exitCode() {
        return passed() ? 0 : 1;
    }
}
