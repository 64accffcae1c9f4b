package io.contractspec.testing.coverage;

import io.contractspec.testing.Scenario;

/** Links that resolve to no scenario. */
@Scenario("place-order-hapy-path")
public class TypoSamples {

    @Scenario("unheard-of")
    @Scenario(value = "place-order-out-of-stock", operation = "shop.order.get")
    void wrongOperation() {}

    @Scenario(value = "place-order-happy-path", operation = "shop.order.nope")
    void unknownOperation() {}

    @Scenario(value = "place-order-happy-path", operation = "shop.order.place@2.0.0")
    void unknownVersion() {}

    @Scenario(value = "place-order-happy-path", operation = "shop.order.place@latest")
    void badVersion() {}
}
