package io.contractspec.core;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.result.StandardCode.CONFLICT;
import static io.contractspec.core.result.StandardCode.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

class SpecDefaultsTest {

    private static final Model OUT = Model.builder("Out").required("id", Scalar.STRING).build();
    private static final SpecDefaults ORDERS = SpecDefaults.version("1.0.0")
            .stability(Stability.STABLE).owners("@team.orders").tags("orders").policy(auth(AuthLevel.ADMIN));

    @Test
    void operationsStartFromTheDefaultsAndAddTheirOwnParts() {
        OperationSpec cancel = ORDERS.command("orders.cancel").tags("cancel").output(OUT).build();

        assertThat(cancel.version()).isEqualTo("1.0.0");
        assertThat(cancel.meta().stability()).isEqualTo(Stability.STABLE);
        assertThat(cancel.meta().owners()).containsExactly("@team.orders");
        assertThat(cancel.meta().tags()).containsExactly("orders", "cancel");
        assertThat(cancel.policy().auth()).isEqualTo(AuthLevel.ADMIN);
        assertThat(cancel.isCommand()).isTrue();
    }

    @Test
    void anOperationsOwnPolicyAndVersionReplaceTheDefaults() {
        OperationSpec list = ORDERS.query("orders.list", "2.1.0").policy(auth(AuthLevel.USER)).output(OUT).build();

        assertThat(list.version()).isEqualTo("2.1.0");
        assertThat(list.policy().auth()).isEqualTo(AuthLevel.USER);
        assertThat(list.isCommand()).isFalse();
    }

    @Test
    void eventsAndFeaturesShareMetaButNotThePolicy() {
        EventSpec created = ORDERS.event("orders.created").payload(OUT).build();
        FeatureSpec feature = ORDERS.feature("orders").build();

        assertThat(created.meta().owners()).containsExactly("@team.orders");
        assertThat(created.meta().stability()).isEqualTo(Stability.STABLE);
        assertThat(feature.meta().tags()).containsExactly("orders");
        assertThat(feature.version()).isEqualTo("1.0.0");
    }

    @Test
    void refiningDefaultsLeavesTheOriginalUnchanged() {
        SpecDefaults experimental = ORDERS.stability(Stability.EXPERIMENTAL);

        assertThat(experimental.command("orders.x").output(OUT).build().meta().stability())
                .isEqualTo(Stability.EXPERIMENTAL);
        assertThat(ORDERS.command("orders.y").output(OUT).build().meta().stability()).isEqualTo(Stability.STABLE);
    }

    @Test
    void aStandardErrorTakesItsStandardStatus() {
        ErrorSpec missing = ErrorSpec.of(NOT_FOUND, "no such order");
        OperationSpec get = ORDERS.query("orders.get").output(OUT)
                .error(NOT_FOUND, "no such order")
                .error(ErrorSpec.of(CONFLICT, "the order shipped"))
                .build();

        assertThat(missing).isEqualTo(new ErrorSpec("NOT_FOUND", 404, "no such order"));
        assertThat(get.errors()).containsExactly(missing, new ErrorSpec("CONFLICT", 409, "the order shipped"));
    }

    @Test
    void aDeclaredErrorRaisesItselfWithItsCodeAndTheDetail() {
        ErrorSpec shipped = new ErrorSpec("ORDER_SHIPPED", 409, "the order shipped");

        assertThatThrownBy(() -> shipped.raise("Order o-1 shipped on Monday."))
                .isInstanceOf(ContractException.class)
                .hasMessage("Order o-1 shipped on Monday.")
                .satisfies(e -> assertThat(((ContractException) e).code()).isEqualTo("ORDER_SHIPPED"));
        assertThat(shipped.exception("x").code()).isEqualTo("ORDER_SHIPPED");
    }
}
