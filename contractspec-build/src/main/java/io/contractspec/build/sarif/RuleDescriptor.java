package io.contractspec.build.sarif;

import io.contractspec.annotations.Internal;
import io.contractspec.schema.Severity;
import java.util.Objects;

/** What a report says about a rule: its id, its default severity and one line on what it finds. */
@Internal
public record RuleDescriptor(String id, Severity defaultSeverity, String summary) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
    }
}
