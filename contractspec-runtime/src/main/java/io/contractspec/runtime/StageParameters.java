package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import java.util.Objects;
import java.util.Optional;

/** A stage about to run: which one, the call it belongs to, and the operation once resolved. */
@PublicApi
public final class StageParameters {

    private final Stage stage;
    private final CallParameters call;
    private final OperationSpec operation;

    public StageParameters(Stage stage, CallParameters call, OperationSpec operation) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.call = Objects.requireNonNull(call, "call");
        this.operation = operation;
    }

    public Stage stage() {
        return stage;
    }

    public CallParameters call() {
        return call;
    }

    /** The operation; empty only in the {@link Stage#RESOLVE} stage. */
    public Optional<OperationSpec> operation() {
        return Optional.ofNullable(operation);
    }
}
