package io.contractspec.core.snapshot;

import static io.contractspec.core.Contracts.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestResponse;
import io.contractspec.core.spec.SpecType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

/** The REST responses an operation documents besides its success survive the snapshot and are checked. */
class SnapshotRestResponsesTest {

    private static OperationBuilder put() {
        return command("shop.cart.put", "1.0.0")
                .input(Model.builder("PutCartInput").required("cartId", Scalar.ID).build())
                .output(Model.builder("Cart").required("cartId", Scalar.ID).build());
    }

    @Test
    void readsBackTheDocumentedResponses() {
        OperationSpec spec = put().restResponse(201, "the cart was created").restResponse(304, "nothing changed").build();
        ObjectNode entry = Snapshot.toJson(spec);

        assertThat(entry.at("/transport/restResponses/0/status").asInt()).isEqualTo(201);
        assertThat(entry.at("/transport/restResponses/1/when").asText()).isEqualTo("nothing changed");
        assertThat(Snapshot.fromJson(SpecType.OPERATION, entry)).isEqualTo(spec);
        assertThat(spec.transport().restResponses()).extracting(RestResponse::carriesOutput).containsExactly(true, false);
    }

    @Test
    void writesNoKeyForAnOperationWithoutThem() {
        assertThat(Snapshot.toJson(put().build()).get("transport").has("restResponses")).isFalse();
    }

    @Test
    void refusesTheSuccessStatusAnErrorStatusAndATwiceDeclaredOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> put().restResponse(200, "").build())
                .withMessageContaining("REST response 200 is the success status");
        assertThatIllegalArgumentException().isThrownBy(() -> put().restResponse(404, "").build())
                .withMessageContaining("not a 2xx or 3xx status");
        assertThatIllegalArgumentException().isThrownBy(() -> put().restResponse(202, "").restResponse(202, "").build())
                .withMessageContaining("shop.cart.put").withMessageContaining("REST response 202 is declared twice");
    }
}
