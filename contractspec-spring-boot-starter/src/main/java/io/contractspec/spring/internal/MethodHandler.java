package io.contractspec.spring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.OperationHandler;
import io.contractspec.schema.binding.RecordBinding;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * An {@code @ContractHandler} method as an {@link OperationHandler}: it reads the input into the
 * method's record (or passes the JSON), passes the context where the method asks for it, and writes
 * the returned record. Every shape problem is found when the handler is built, at startup.
 */
final class MethodHandler implements OperationHandler {

    private final Object bean;
    private final Method method;
    private final int inputIndex;
    private final int contextIndex;
    private final RecordBinding<? extends Record> input;
    private final RecordBinding<? extends Record> output;

    private MethodHandler(Object bean, Method method, OperationSpec operation) {
        this.bean = bean;
        this.method = method;
        int inputAt = -1;
        int contextAt = -1;
        RecordBinding<? extends Record> inputBinding = null;
        Class<?>[] parameters = method.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = parameters[i];
            if (parameter == HandlerContext.class) {
                contextAt = requireFirst(contextAt, i, "HandlerContext");
            } else if (parameter == JsonNode.class || parameter.isRecord()) {
                inputAt = requireFirst(inputAt, i, "input");
                if (parameter.isRecord()) {
                    inputBinding = RecordBinding.of(operation.input().orElseThrow(() -> fail(operation.ref()
                            + " has no input model to bind " + parameter.getSimpleName() + " to")), parameter.asSubclass(Record.class));
                }
            } else {
                throw fail("parameter " + (i + 1) + " is a " + parameters[i].getSimpleName()
                        + "; take the input as a record or JsonNode and optionally the HandlerContext");
            }
        }
        Class<?> returned = method.getReturnType();
        if (returned != JsonNode.class && !returned.isRecord()) {
            throw fail("it returns " + returned.getSimpleName() + "; return a record bound to the output model or a JsonNode");
        }
        this.inputIndex = inputAt;
        this.contextIndex = contextAt;
        this.input = inputBinding;
        this.output = returned.isRecord() ? RecordBinding.of(operation.output(), returned.asSubclass(Record.class)) : null;
        method.trySetAccessible();
    }

    static MethodHandler of(Object bean, Method method, OperationSpec operation) {
        try {
            return new MethodHandler(bean, method, operation);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("@ContractHandler(\"" + operation.key() + "\") on "
                    + method.getDeclaringClass().getName() + "." + method.getName() + " cannot handle "
                    + operation.ref() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public JsonNode handle(JsonNode json, HandlerContext context) throws Exception {
        Object[] arguments = new Object[method.getParameterCount()];
        if (inputIndex >= 0) {
            arguments[inputIndex] = input != null ? input.read(json) : json;
        }
        if (contextIndex >= 0) {
            arguments[contextIndex] = context;
        }
        Object result;
        try {
            result = method.invoke(bean, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        return output != null ? write(output, result) : (JsonNode) result;
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> JsonNode write(RecordBinding<R> binding, Object value) {
        return binding.write((R) value);
    }

    private static int requireFirst(int seen, int index, String what) {
        if (seen >= 0) {
            throw fail("it takes the " + what + " twice (parameters " + (seen + 1) + " and " + (index + 1) + ")");
        }
        return index;
    }

    private static IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(message);
    }
}
