package com.example.shop.reviews;

import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.spec.Spec;
import java.util.List;

/**
 * The shop's contracts, found through {@code META-INF/services} by the starter, the CLI and the
 * Maven plugin alike.
 */
public final class ReviewsModule implements ContractModule {

    @Override
    public String name() {
        return "shop-reviews";
    }

    @Override
    public List<Spec> specs() {
        return List.of(ReviewContracts.ADD, ReviewContracts.LIST, ReviewContracts.REMOVE);
    }
}
