package io.contractspec.governance;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Severity;
import java.util.Objects;

/**
 * What a catalog says about one rule: its id, the severity its findings have unless configured
 * otherwise, one line on what it checks, and why its findings have that severity (empty when the
 * rule gives no reason). Tools list these (e.g. as SARIF rule metadata, or {@code contractspec rules}).
 */
@PublicApi
public record RuleInfo(String id, Severity defaultSeverity, String summary, String rationale) {

    public RuleInfo {
        RuleIds.require(id, "rule id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rationale, "rationale");
    }

    /** A rule that gives no reason for its severity. */
    public RuleInfo(String id, Severity defaultSeverity, String summary) {
        this(id, defaultSeverity, summary, "");
    }
}
