package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallOutcome;
import io.contractspec.runtime.CallParameters;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Completion;
import io.contractspec.runtime.ExecutionListener;
import io.contractspec.runtime.Stage;
import io.contractspec.runtime.StageOutcome;
import io.contractspec.runtime.StageParameters;
import java.time.Duration;
import java.util.Optional;

/**
 * One call's stages as the listener hears them: which stage runs (so a failing plug-in is
 * reported on the stage it failed in), and the completion callbacks of the call and of the
 * running stage. A record check runs nested inside HANDLER, so at most two stages are open. With
 * no listener registered it only tracks the stage and allocates nothing else.
 */
public final class CallObservation {

    private final ExecutionListener listener;
    private final CallParameters call;
    private final Completion<CallOutcome> callDone;
    private OperationSpec operation;
    private Stage stage;
    private Completion<StageOutcome> stageDone;
    private Stage outerStage;
    private Completion<StageOutcome> outerDone;

    private CallObservation(ExecutionListener listener, CallParameters call) {
        this.listener = listener;
        this.call = call;
        this.callDone = listener == null ? null : listener.beginCall(call);
    }

    public static CallObservation begin(ExecutionListener listener, String key, String version, JsonNode input,
            CallContext context) {
        return listener == ExecutionListener.NONE
                ? new CallObservation(null, null)
                : new CallObservation(listener, new CallParameters(key, version, input, context));
    }

    public void resolved(OperationSpec resolved) {
        operation = resolved;
    }

    /** The stage running now (the nested one while a record check runs). */
    public Stage current() {
        return stage;
    }

    /** A top-level stage begins. */
    public void enter(Stage next) {
        stage = next;
        stageDone = listener == null ? null : listener.beginStage(new StageParameters(next, call, operation));
    }

    /** The running stage passed. */
    public void passed() {
        end(stage, stageDone, Optional.empty());
        stageDone = null;
    }

    /** A stage begins inside the running one (a record check inside HANDLER). */
    public void enterNested(Stage nested) {
        outerStage = stage;
        outerDone = stageDone;
        enter(nested);
    }

    /** The nested stage ended (with a problem when it refused); the outer one runs on. */
    public void leaveNested(Optional<Problem> problem) {
        end(stage, stageDone, problem);
        stage = outerStage;
        stageDone = outerDone;
        outerStage = null;
        outerDone = null;
    }

    /** The call stopped with a problem: the open stages end with it. */
    public void failed(Problem problem) {
        Optional<Problem> failure = Optional.of(problem);
        end(stage, stageDone, failure);
        stageDone = null;
        if (outerStage != null) {
            end(outerStage, outerDone, failure);
            outerStage = null;
            outerDone = null;
        }
    }

    public void finished(CallResult result, long nanos) {
        if (callDone != null) {
            callDone.completed(new CallOutcome(result, Duration.ofNanos(nanos)));
        }
    }

    private static void end(Stage stage, Completion<StageOutcome> done, Optional<Problem> problem) {
        if (done != null) {
            done.completed(new StageOutcome(stage, problem));
        }
    }
}
