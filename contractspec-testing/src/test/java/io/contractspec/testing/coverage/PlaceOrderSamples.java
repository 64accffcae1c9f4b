package io.contractspec.testing.coverage;

import io.contractspec.testing.Scenario;

/** Links every scenario of shop.order.place: plainly, qualified, inherited and from a nested class. */
public class PlaceOrderSamples extends SharedSamples {

    @Scenario("place-order-happy-path")
    void placesAnOrder() {}

    @Scenario(value = "place-order-happy-path", operation = "shop.order.place")
    void placesAnOrderQualified() {}

    void linksNothing() {}

    public static class Refusals {

        @Scenario(value = "place-order-out-of-stock", operation = "shop.order.place@1.0.0")
        void refusesTooMany() {}
    }
}
