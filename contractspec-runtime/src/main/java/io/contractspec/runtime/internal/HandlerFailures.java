package io.contractspec.runtime.internal;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.Stage;
import java.util.Optional;

/**
 * Turns what a handler threw into a problem. A declared code gets its declared status, a standard
 * code its standard status; an undeclared custom code and any other exception become
 * INTERNAL_ERROR, logged with the trace id, without leaking the message to the caller.
 */
public final class HandlerFailures {

    private static final System.Logger LOG = System.getLogger(HandlerFailures.class.getName());

    private HandlerFailures() {}

    public static StageFailure toStageFailure(Exception thrown, OperationSpec operation, CallContext context) {
        return toStageFailure(thrown, operation, context, Stage.HANDLER);
    }

    /**
     * The same for what escaped a later stage of the unit of work: a {@link ContractException} a
     * queued write raises when it is sent at commit (a concurrent change: CONFLICT) keeps its code.
     */
    public static StageFailure toStageFailure(Exception thrown, OperationSpec operation, CallContext context, Stage stage) {
        if (thrown instanceof StageFailure failure) {
            return failure;
        }
        if (thrown instanceof ContractException contract) {
            return fromContractException(contract, operation, context, stage);
        }
        return internal(thrown, operation, context, stage);
    }

    /** An unexpected failure in a stage of the unit of work (the handler, a store, the commit). */
    public static StageFailure internal(Exception thrown, OperationSpec operation, CallContext context, Stage stage) {
        String where = stage == Stage.HANDLER ? "Handler of " + operation.ref() : "Stage " + stage + " of " + operation.ref();
        LOG.log(System.Logger.Level.ERROR, where + " failed (trace " + context.traceId() + ")", thrown);
        return new StageFailure(stage, Problem.of(StandardCode.INTERNAL_ERROR)
                .detail("The operation failed on the server."));
    }

    private static StageFailure fromContractException(ContractException thrown, OperationSpec operation, CallContext context,
            Stage stage) {
        Optional<ErrorSpec> declared = operation.error(thrown.code());
        if (declared.isPresent()) {
            ErrorSpec error = declared.get();
            return new StageFailure(stage, Problem.of(error.code(), error.status())
                    .title(titleOf(error))
                    .detail(thrown.detail())
                    .issues(thrown.issues()));
        }
        Optional<StandardCode> standard = StandardCode.byCode(thrown.code());
        if (standard.isPresent()) {
            return new StageFailure(stage, Problem.of(standard.get()).detail(thrown.detail())
                    .issues(thrown.issues()));
        }
        LOG.log(System.Logger.Level.ERROR, "Handler of " + operation.ref() + " threw the undeclared code "
                + thrown.code() + " (trace " + context.traceId() + ")", thrown);
        return new StageFailure(stage, Problem.of(StandardCode.INTERNAL_ERROR)
                .detail("The operation failed on the server.")
                .metadata("originalCode", thrown.code()));
    }

    private static String titleOf(ErrorSpec error) {
        return StandardCode.byCode(error.code()).map(StandardCode::title)
                .orElseGet(() -> error.when().isBlank() ? error.code() : capitalize(error.when()));
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
