package io.contractspec.governance.diff.rules;

import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import io.contractspec.governance.internal.Paths;

/**
 * Consumers react to the events an operation emits; when it stops emitting one, they stop
 * hearing about its effect. Compared by event key: emitting a newer version of an event is not a removal.
 */
public final class RemovedEmittedEvent implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "An operation no longer emits an event (by key) that it emitted before.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            for (EmittedEvent emitted : pair.before().emits()) {
                String key = emitted.event().key();
                if (pair.after().emits().stream().noneMatch(now -> now.event().key().equals(key))) {
                    context.report(pair.diff(), Paths.item("sideEffects.emits", key), "no longer emits " + key,
                            "consumers of the event stop hearing about this operation's effect");
                }
            }
        }
    }
}
