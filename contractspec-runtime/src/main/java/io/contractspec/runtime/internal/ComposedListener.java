package io.contractspec.runtime.internal;

import io.contractspec.runtime.CallOutcome;
import io.contractspec.runtime.CallParameters;
import io.contractspec.runtime.Completion;
import io.contractspec.runtime.ExecutionListener;
import io.contractspec.runtime.StageOutcome;
import io.contractspec.runtime.StageParameters;
import java.util.ArrayList;
import java.util.List;

/** Several listeners as one: each hears every begin in order, and each one's callback hears the end. */
public final class ComposedListener implements ExecutionListener {

    private final List<ExecutionListener> listeners;

    public ComposedListener(List<ExecutionListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Completion<CallOutcome> beginCall(CallParameters call) {
        List<Completion<CallOutcome>> completions = new ArrayList<>(listeners.size());
        for (ExecutionListener listener : listeners) {
            completions.add(listener.beginCall(call));
        }
        return outcome -> completions.forEach(completion -> completion.completed(outcome));
    }

    @Override
    public Completion<StageOutcome> beginStage(StageParameters stage) {
        List<Completion<StageOutcome>> completions = new ArrayList<>(listeners.size());
        for (ExecutionListener listener : listeners) {
            completions.add(listener.beginStage(stage));
        }
        return outcome -> completions.forEach(completion -> completion.completed(outcome));
    }
}
