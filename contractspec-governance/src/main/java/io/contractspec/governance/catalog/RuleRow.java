package io.contractspec.governance.catalog;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.schema.Severity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule in the {@link RuleTable}. {@code level} is a breaking-change rule's {@link ChangeLevel};
 * lint rules and version-policy checks have a severity only.
 */
@PublicApi
public record RuleRow(Kind kind, String id, Optional<ChangeLevel> level, Severity severity, String summary,
        String rationale) {

    /** Which tool runs the rule; the table has one section per kind, in this order. */
    public enum Kind {
        BREAKING_CHANGE("Breaking-change rules"),
        VERSION_POLICY("Version-policy checks"),
        LINT("Lint rules");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public RuleRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rationale, "rationale");
    }

    /**
     * True when a finding of this breaking-change rule, at its default severity, makes the version
     * policy ask for a new major version (ERROR does, DANGER does not).
     */
    public boolean requiresMajorVersion() {
        return kind == Kind.BREAKING_CHANGE && severity == Severity.ERROR;
    }
}
