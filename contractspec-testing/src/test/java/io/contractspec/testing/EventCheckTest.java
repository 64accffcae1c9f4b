package io.contractspec.testing;

import static io.contractspec.core.Contracts.event;
import static io.contractspec.testing.DynamicNodes.outcome;
import static io.contractspec.testing.DynamicNodes.tests;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

/** Events: the runtime refuses undeclared ones, and the runner checks what was published itself. */
class EventCheckTest {

    private static final String PLACE_NORMAL = "shop.order.place@1.0.0/place-normal";

    @Test
    void anUndeclaredEventFailsTheCallWithInternalError() {
        Shop shop = new Shop();
        OperationExecutor rogue = shop.executor(ShopContracts.REGISTRY, (input, context) -> {
            context.emit(ShopContracts.STOCK_RESERVED, JsonNodeFactory.instance.objectNode().put("sku", "book"));
            return shop.place(input, context);
        });

        assertThat(outcome(tests(ShopFixtures.runner().executor(rogue).dynamicTests()).get(PLACE_NORMAL)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected the call to succeed but it failed with INTERNAL_ERROR (500)");
    }

    @Test
    void failsWhenThePublishedEventIsNotDeclaredByTheRunnersOperation() {
        ContractRegistry withoutEmits = ContractRegistry.builder()
                .register(ShopContracts.placeOrderWithoutEmits().build(), ShopContracts.ORDER_PLACED)
                .build();

        assertThat(outcome(tests(runnerOver(withoutEmits).dynamicTests()).get(PLACE_NORMAL)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("shop.order.place@1.0.0#place-normal: the call published shop.order.placed@1.0.0, "
                        + "which the operation does not declare (it declares [])");
    }

    @Test
    void failsWhenThePublishedPayloadDoesNotMatchTheEventSpec() {
        EventSpec stricter = event("shop.order.placed", "1.0.0").stability(Stability.STABLE).owners("@shop")
                .payload(Model.builder("OrderPlaced")
                        .required("orderId", Scalar.ID)
                        .required("sku", Scalar.STRING)
                        .required("quantity", Scalar.INT)
                        .required("currency", Scalar.CURRENCY)
                        .build())
                .build();
        ContractRegistry registry = ContractRegistry.builder().register(ShopContracts.PLACE, stricter).build();

        assertThat(outcome(tests(runnerOver(registry).dynamicTests()).get(PLACE_NORMAL)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the payload of shop.order.placed@1.0.0 is invalid")
                .hasMessageContaining("currency");
    }

    /** A runner whose registry differs from the one the executor enforces. */
    private static AcceptanceRunner runnerOver(ContractRegistry registry) {
        return AcceptanceRunner.forRegistry(registry)
                .executor(Shop::executor)
                .missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE)
                .defaultPrincipal(ShopFixtures.CUSTOMER);
    }
}
