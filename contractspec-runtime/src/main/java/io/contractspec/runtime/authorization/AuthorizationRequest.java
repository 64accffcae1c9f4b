package io.contractspec.runtime.authorization;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Authorizer} decides on: the operation, the call (principal, flags, channel) and,
 * for a record-level check, the record the handler is about to act on.
 */
@PublicApi
public final class AuthorizationRequest {

    private final OperationSpec operation;
    private final CallContext context;
    private final Object record;

    private AuthorizationRequest(OperationSpec operation, CallContext context, Object record) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.context = Objects.requireNonNull(context, "context");
        this.record = record;
    }

    /** The check before input is read: may this caller call this operation at all? */
    public static AuthorizationRequest forOperation(OperationSpec operation, CallContext context) {
        return new AuthorizationRequest(operation, context, null);
    }

    /** The check a handler asks for: may this caller act on this record? */
    public static AuthorizationRequest forRecord(OperationSpec operation, CallContext context, Object record) {
        return new AuthorizationRequest(operation, context, Objects.requireNonNull(record, "record"));
    }

    public OperationSpec operation() {
        return operation;
    }

    public CallContext context() {
        return context;
    }

    public Optional<Principal> principal() {
        return context.principal();
    }

    /** The record of a record-level check; empty for the operation-level check. */
    public Optional<Object> record() {
        return Optional.ofNullable(record);
    }
}
