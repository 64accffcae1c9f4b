package io.contractspec.schema.binding;

import static io.contractspec.schema.binding.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

/** An optional field with a declared default reads as that default and may bind to a primitive. */
class DefaultedFieldsTest {

    private static final Model PAGE = Model.builder("Page")
            .field(Field.optional("limit", Scalar.INT).defaultValue(20))
            .field(Field.optional("archived", Scalar.BOOLEAN).defaultValue(false))
            .field(Field.optional("order", Scalar.STRING).defaultValue("newest"))
            .build();

    record Page(int limit, boolean archived, String order) {}

    private static final RecordBinding<Page> BINDING = RecordBinding.of(PAGE, Page.class);

    @Test
    void anAbsentFieldReadsAsItsDefault() {
        assertThat(BINDING.read(parse("{}"))).isEqualTo(new Page(20, false, "newest"));
    }

    @Test
    void aSentValueWins() {
        assertThat(BINDING.read(parse("{\"limit\": 5, \"archived\": true, \"order\": \"oldest\"}")))
                .isEqualTo(new Page(5, true, "oldest"));
    }

    @Test
    void aPrimitiveIsAlwaysWritten() {
        assertThat(BINDING.write(new Page(20, false, "newest")).toString())
                .isEqualTo("{\"limit\":20,\"archived\":false,\"order\":\"newest\"}");
    }
}
