package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Model;
import io.contractspec.schema.binding.RecordBinding;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Record bindings for typed emits, made on first use per model and record type and kept: binding
 * checks the record against the model, which is worth doing once, not on every event.
 */
public final class PayloadBindings {

    private static final ClassValue<Map<Model, RecordBinding<?>>> BY_TYPE = new ClassValue<>() {
        @Override
        protected Map<Model, RecordBinding<?>> computeValue(Class<?> type) {
            return Collections.synchronizedMap(new IdentityHashMap<>());
        }
    };

    private PayloadBindings() {}

    @SuppressWarnings("unchecked")
    public static <R extends Record> ObjectNode write(Model model, R payload) {
        Class<R> type = (Class<R>) payload.getClass();
        RecordBinding<R> binding = (RecordBinding<R>) BY_TYPE.get(type)
                .computeIfAbsent(model, unbound -> RecordBinding.of(unbound, type));
        return binding.write(payload);
    }
}
