package io.contractspec.governance;

import io.contractspec.schema.Severity;
import java.util.Objects;

/**
 * What a catalog says about one rule: its id, the severity its findings have unless configured
 * otherwise, and one line on what it checks. Tools list these (e.g. as SARIF rule metadata).
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary) {

    public RuleInfo {
        RuleIds.require(id, "rule id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
    }
}
