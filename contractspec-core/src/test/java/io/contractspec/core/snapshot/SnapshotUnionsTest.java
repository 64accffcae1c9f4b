package io.contractspec.core.snapshot;

import static io.contractspec.core.Contracts.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Union;
import org.junit.jupiter.api.Test;

/** Unions, maps, constants and nullable items survive the snapshot; fields without them write no new keys. */
class SnapshotUnionsTest {

    private static final Model CARD = Model.builder("Card")
            .field(Field.required("method", Scalar.STRING).constant("card")).required("number", Scalar.STRING).build();
    private static final Model TRANSFER = Model.builder("Transfer").required("method", Scalar.STRING).build();
    private static final Union PAYMENT = Union.builder("Payment").description("How to pay.").discriminator("method")
            .variant("card", CARD).variant("transfer", TRANSFER).build();
    private static final Union ID_OR_NAME = Union.builder("IdOrName").inclusive()
            .variant(Scalar.INT).variant(Scalar.STRING).build();

    private static final OperationSpec PAY = command("billing.invoice.pay", "1.0.0")
            .input(Model.builder("PayInput")
                    .required("payment", PAYMENT)
                    .optional("payer", ID_OR_NAME)
                    .field(Field.optional("tags", Scalar.STRING).map().maxItems(5))
                    .field(Field.optional("notes", Scalar.STRING).array().nullableItems())
                    .required("invoice", Scalar.ID)
                    .build())
            .output(Model.builder("PayOutput").required("ok", Scalar.BOOLEAN).build())
            .build();

    @Test
    void readsBackAnEqualSpec() {
        ObjectNode entry = Snapshot.toJson(PAY);

        assertThat(Snapshot.fromJson(SpecType.OPERATION, entry)).isEqualTo(PAY);
        assertThat(Snapshot.toJson(Snapshot.fromJson(SpecType.OPERATION, entry))).isEqualTo(entry);
    }

    @Test
    void writesTheUnionWithItsVariantsAndTheNewFieldKeysOnlyWhereUsed() {
        JsonNode fields = Snapshot.toJson(PAY).at("/io/input/fields");

        JsonNode payment = fields.get(0).get("type");
        assertThat(payment.get("kind").asText()).isEqualTo("union");
        assertThat(payment.get("discriminator").asText()).isEqualTo("method");
        assertThat(payment.get("variants").get(0).get("tag").asText()).isEqualTo("card");
        assertThat(payment.at("/variants/0/type/fields/0/const").asText()).isEqualTo("card");
        assertThat(fields.get(1).get("type").has("discriminator")).isFalse();
        assertThat(fields.get(2).get("map").booleanValue()).isTrue();
        assertThat(fields.get(3).get("nullableItems").booleanValue()).isTrue();
        assertThat(fields.get(4).has("map")).isFalse();
        assertThat(fields.get(4).has("nullableItems")).isFalse();
        assertThat(fields.get(4).has("const")).isFalse();
    }

    @Test
    void namesTheUnionThatCannotBeBuilt() {
        ObjectNode entry = Snapshot.toJson(PAY);
        ((ObjectNode) entry.at("/io/input/fields/1/type")).put("discriminator", "kind");

        assertThatThrownBy(() -> Snapshot.fromJson(SpecType.OPERATION, entry))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("io.input.fields[1].type")
                .hasMessageContaining("variant 'Int' must be a model");
    }
}
