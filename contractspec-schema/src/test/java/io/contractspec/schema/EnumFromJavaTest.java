package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.schema.binding.RecordBinding;
import org.junit.jupiter.api.Test;

class EnumFromJavaTest {

    enum Status {
        @Description("Moving along.")
        RUNNING,
        @Description("Its timer ran out.")
        TIMED_OUT,
        UNDESCRIBED
    }

    private static final EnumType STATUS = EnumType.from("Status", "Where it is.", Status.class);

    record Holder(Status status) {}

    @Test
    void takesTheValuesInOrderWithTheirDescriptions() {
        assertThat(STATUS.description()).isEqualTo("Where it is.");
        assertThat(STATUS.values()).containsExactly(new EnumType.Value("running", "Moving along."),
                new EnumType.Value("timed_out", "Its timer ran out."), new EnumType.Value("undescribed", ""));
    }

    @Test
    void theJavaEnumBindsToTheEnumItMade() {
        Model model = Model.builder("Holder").required("status", STATUS).build();
        RecordBinding<Holder> binding = RecordBinding.of(model, Holder.class);

        assertThat(binding.write(new Holder(Status.TIMED_OUT)).get("status").asText()).isEqualTo("timed_out");
        assertThat(binding.read(binding.write(new Holder(Status.RUNNING)))).isEqualTo(new Holder(Status.RUNNING));
    }
}
