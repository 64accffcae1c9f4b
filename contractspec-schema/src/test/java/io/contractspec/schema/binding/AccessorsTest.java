package io.contractspec.schema.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Record components are read through functions generated for the record, primitives boxed. */
class AccessorsTest {

    private record Sample(String name, int count, boolean active) {}

    @Test
    void readsEveryComponentOfAPrivateRecordThroughAGeneratedFunction() {
        Sample sample = new Sample("expense", 3, true);
        var components = Sample.class.getRecordComponents();

        Function<Object, Object> name = Handles.accessor(components[0]);
        Function<Object, Object> count = Handles.accessor(components[1]);
        Function<Object, Object> active = Handles.accessor(components[2]);

        assertThat(name.apply(sample)).isEqualTo("expense");
        assertThat(count.apply(sample)).isEqualTo(3);
        assertThat(active.apply(sample)).isEqualTo(true);
        // Generated in the record's nest (the direct call), not the method-handle fallback of Handles.
        assertThat(count.getClass().getNestHost()).isEqualTo(AccessorsTest.class);
    }
}
