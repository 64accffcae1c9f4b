package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Model;
import io.contractspec.schema.internal.Describe;
import java.lang.invoke.MethodHandle;
import java.util.List;

/** A model bound to a record type: the codec of the outermost payload and of every nested model. */
final class RecordCodec implements ValueCodec {

    private final Model model;
    private final Class<?> recordType;
    private final FieldBinding[] fields;
    private final int componentCount;
    private final MethodHandle constructor;

    /** {@code fields} in model order, one per record component. */
    RecordCodec(Model model, Class<?> recordType, List<FieldBinding> fields, MethodHandle constructor) {
        this.model = model;
        this.recordType = recordType;
        this.fields = fields.toArray(FieldBinding[]::new);
        this.componentCount = recordType.getRecordComponents().length;
        this.constructor = constructor;
    }

    @Override
    public Object read(JsonNode node) {
        if (!node.isObject()) {
            throw new Failure("expected a " + model.name() + " object, got " + Describe.kind(node));
        }
        Object[] components = new Object[componentCount];
        for (FieldBinding field : fields) {
            components[field.position()] = field.read(node);
        }
        return construct(components);
    }

    @Override
    public ObjectNode write(Object record) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (FieldBinding field : fields) {
            field.write(record, out);
        }
        return out;
    }

    private Object construct(Object[] components) {
        try {
            return (Object) constructor.invokeExact(components);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // The record's own checks (a compact constructor) refused the values.
            throw new Failure("the constructor of " + recordType.getSimpleName() + " rejected the values: " + e, e);
        }
    }
}
