package io.contractspec.testing;

import static io.contractspec.core.Contracts.json;

import io.contractspec.runtime.Principal;

/** The fixtures of the shop's examples and the customer they run as. */
final class ShopFixtures {

    static final Principal CUSTOMER = Principal.of("u-1", "org-1", "customer");

    static final Fixtures ALL = Fixtures.builder()
            .noSetup("place-normal", "place-out-of-stock")
            .forExample("shop.order.get", "get-normal",
                    Fixture.setUp(run -> run.call("shop.order.place", json("{sku: 'book', quantity: 1}"))))
            .build();

    private ShopFixtures() {}

    /** A runner over the shop's registry with a fresh shop per example. */
    static AcceptanceRunner runner() {
        return AcceptanceRunner.forRegistry(ShopContracts.REGISTRY)
                .executor(Shop::executor)
                .fixtures(ALL)
                .defaultPrincipal(CUSTOMER);
    }
}
