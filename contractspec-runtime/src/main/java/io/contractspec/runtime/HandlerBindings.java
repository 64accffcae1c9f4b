package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.schema.Model;
import io.contractspec.schema.binding.RecordBinding;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One handler per operation version. Binding an operation the registry does not hold, or binding
 * one twice, fails immediately, at startup, rather than on the first call.
 */
@PublicApi
public final class HandlerBindings {

    private final Map<SpecRef, OperationHandler> handlers;

    private HandlerBindings(Builder builder) {
        this.handlers = Map.copyOf(builder.handlers);
    }

    public static Builder builder(ContractRegistry registry) {
        return new Builder(registry);
    }

    public Optional<OperationHandler> handler(SpecRef operation) {
        return Optional.ofNullable(handlers.get(operation));
    }

    public boolean isBound(SpecRef operation) {
        return handlers.containsKey(operation);
    }

    public static final class Builder {
        private final ContractRegistry registry;
        private final Map<SpecRef, OperationHandler> handlers = new HashMap<>();

        private Builder(ContractRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        public Builder bind(OperationSpec operation, OperationHandler handler) {
            return bind(operation.ref(), handler);
        }

        public Builder bind(SpecRef operation, OperationHandler handler) {
            Objects.requireNonNull(handler, "handler");
            if (registry.operation(operation).isEmpty()) {
                throw new IllegalArgumentException("cannot bind a handler to " + operation
                        + ": the registry has no such operation");
            }
            if (handlers.putIfAbsent(operation, handler) != null) {
                throw new IllegalArgumentException("operation " + operation + " already has a handler");
            }
            return this;
        }

        /** Binds a handler on records; the records are checked against the models now. */
        public <I extends Record, O extends Record> Builder bind(
                OperationSpec operation, Class<I> inputType, Class<O> outputType, TypedHandler<I, O> handler) {
            Model inputModel = operation.input().orElseThrow(() -> new IllegalArgumentException(
                    operation.ref() + " has no input model to bind " + inputType.getSimpleName() + " to"));
            RecordBinding<I> input = RecordBinding.of(inputModel, inputType);
            RecordBinding<O> output = RecordBinding.of(operation.output(), outputType);
            return bind(operation, (json, context) -> output.write(handler.handle(input.read(json), context)));
        }

        public HandlerBindings build() {
            return new HandlerBindings(this);
        }
    }
}
