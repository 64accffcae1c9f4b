package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import io.contractspec.governance.internal.Paths;

@PublicApi
public final class RemovedEmittedEvent implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation no longer emits an event (by key) that it emitted before.";
    }

    @Override
    public String rationale() {
        return "The events an operation emits are part of its contract: consumers (read models, notifications, "
                + "other services) rely on hearing about its effect. When it stops emitting one they go stale "
                + "silently, with no failure to warn them, so it needs a new major version. Compared by event key: "
                + "emitting a newer version of the event is not a removal.";
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
