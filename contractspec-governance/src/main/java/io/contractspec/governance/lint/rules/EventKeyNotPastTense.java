package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/**
 * An event records a fact that already happened; a key in the present tense reads like a command
 * ({@code invoice.send}) and invites consumers to treat it as one.
 */
@PublicApi
public final class EventKeyNotPastTense implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "The last segment of an event key is not in the past tense (created, sent, timed-out).";
    }

    @Override
    public void check(LintContext context) {
        for (EventSpec event : context.registry().events()) {
            String key = event.key();
            String last = key.substring(key.lastIndexOf('.') + 1);
            if (!PastTense.isPast(last)) {
                String suggested = key.substring(0, key.length() - last.length()) + PastTense.suggest(last);
                context.report(event, "key", "event key '" + key + "' does not end in the past tense",
                        "events record what happened, e.g. " + suggested);
            }
        }
    }
}
