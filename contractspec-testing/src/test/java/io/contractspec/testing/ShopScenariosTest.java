package io.contractspec.testing;

import static io.contractspec.core.Contracts.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.OperationExecutor;
import org.junit.jupiter.api.Test;

/** Scenarios linked to the tests that show them, as users write them; the last test checks the links. */
class ShopScenariosTest {

    private final OperationExecutor shop = Shop.executor();
    private final CallContext customer = CallContext.of(ShopFixtures.CUSTOMER);

    @Test
    @Scenario("place-order-happy-path")
    void placesAnOrderAndPublishesOrderPlaced() {
        CallResult.Success placed = (CallResult.Success) shop.execute("shop.order.place", json("{sku: 'book', quantity: 2}"), customer);

        assertThat(placed.output().get("status").asText()).isEqualTo("placed");
        assertThat(placed.events()).extracting(event -> event.key()).containsExactly("shop.order.placed");
    }

    @Test
    @Scenario(value = "place-order-out-of-stock", operation = "shop.order.place")
    void refusesMoreThanIsInStock() {
        CallResult result = shop.execute("shop.order.place", json("{sku: 'book', quantity: 11}"), customer);

        assertThat(((CallResult.Failure) result).problem().code()).isEqualTo("OUT_OF_STOCK");
    }

    @Test
    void everyScenarioIsLinkedToATest() {
        ScenarioCoverage.of(ShopContracts.REGISTRY).scan(ShopScenariosTest.class).assertAllCovered();
    }
}
