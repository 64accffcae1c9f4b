package io.contractspec.rest;

import io.contractspec.core.registry.ContractRegistry;

/** Opens the test registry to tests in other packages. */
public final class TestRegistry {

    private TestRegistry() {}

    public static ContractRegistry registry() {
        return TestContracts.REGISTRY;
    }
}
