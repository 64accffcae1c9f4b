package io.contractspec.testing;

import static io.contractspec.core.Contracts.json;
import static io.contractspec.testing.DynamicNodes.outcome;
import static io.contractspec.testing.DynamicNodes.tests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.Principal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class AcceptanceRunnerTest {

    @Test
    void makesOneContainerPerOperationAndOneTestPerExample() {
        assertThat(tests(ShopFixtures.runner().dynamicTests()).keySet()).containsExactly(
                "shop.order.get@1.0.0/get-normal",
                "shop.order.place@1.0.0/place-normal",
                "shop.order.place@1.0.0/place-out-of-stock");
    }

    @Test
    void generatedTestsPassAgainstAWorkingImplementation() {
        tests(ShopFixtures.runner().dynamicTests()).forEach((name, test) ->
                assertThat(outcome(test)).as(name).isNull());
    }

    @Test
    void createsAFreshExecutorForEachExample() {
        AtomicInteger created = new AtomicInteger();
        Map<String, DynamicTest> tests = tests(ShopFixtures.runner()
                .executor(() -> {
                    created.incrementAndGet();
                    return Shop.executor();
                })
                .dynamicTests());
        assertThat(created).hasValue(0);
        tests.values().forEach(test -> assertThat(outcome(test)).isNull());
        assertThat(created).hasValue(3);
    }

    @Test
    void failsWhenTheOutputDoesNotContainTheExampleOutput() {
        OperationSpec wrong = ShopContracts.placeOrder()
                .example("place-shipped", json("{sku: 'book', quantity: 2}"), json("{status: 'shipped', total: 20}"))
                .build();

        Throwable thrown = outcome(only(wrong, "place-shipped"));

        assertThat(thrown).isInstanceOf(AssertionError.class)
                .hasMessageContaining("shop.order.place@1.0.0#place-shipped")
                .hasMessageContaining("$.status: expected \"shipped\" but was \"placed\"")
                .hasMessageContaining("actual output:");
    }

    @Test
    void failsWhenAFailingExampleSucceeds() {
        OperationSpec wrong = ShopContracts.placeOrder()
                .exampleError("place-small", json("{sku: 'book', quantity: 1}"), "OUT_OF_STOCK")
                .build();

        assertThat(outcome(only(wrong, "place-small"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected the call to fail with OUT_OF_STOCK but it succeeded");
    }

    @Test
    void failsWhenTheCallFailsWithAnotherCode() {
        OperationSpec wrong = ShopContracts.placeOrder()
                .exampleError("place-conflict", json("{sku: 'book', quantity: 1000}"), "CONFLICT")
                .build();

        assertThat(outcome(only(wrong, "place-conflict"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected the call to fail with CONFLICT but it failed with OUT_OF_STOCK (409)");
    }

    @Test
    void failsWhenASucceedingExampleFailsAndShowsTheProblem() {
        Fixtures otherOrganization = Fixtures.builder()
                .noSetup("place-normal", "place-out-of-stock")
                .forExample("get-normal", run -> {
                    run.call("shop.order.place", json("{sku: 'book', quantity: 1}"));
                    return run.context().toBuilder().principal(Principal.of("u-2", "org-2")).build();
                })
                .build();

        Throwable thrown = outcome(tests(ShopFixtures.runner().fixtures(otherOrganization).dynamicTests())
                .get("shop.order.get@1.0.0/get-normal"));

        assertThat(thrown).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected the call to succeed but it failed with NOT_FOUND (404): No order ord-1.");
    }

    @Test
    void runsOnTheExamplesOwnManualClock() {
        Fixtures later = Fixtures.builder()
                .forExample("place-normal", run -> {
                    run.clock().advance(java.time.Duration.ofHours(1));
                    return run.context();
                })
                .build();
        AcceptanceRunner runner = ShopFixtures.runner().fixtures(later).missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE);

        assertThat(outcome(tests(runner.dynamicTests()).get("shop.order.place@1.0.0/place-normal")))
                .hasMessageContaining("$.placedAt: expected \"2025-01-01T00:00:00Z\" but was \"2025-01-01T01:00:00Z\"");
    }

    @Test
    void verifiesOneExampleOutsideDynamicTests() throws Exception {
        OperationSpec place = ShopContracts.PLACE;
        ShopFixtures.runner().verify(place, place.examples().get(0));

        OperationSpec wrong = ShopContracts.placeOrder()
                .example("place-three", json("{sku: 'book', quantity: 2}"), json("{quantity: 3}"))
                .build();
        assertThatThrownBy(() -> ShopFixtures.runner().missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE)
                        .verify(wrong, wrong.examples().get(2)))
                .isInstanceOf(org.opentest4j.AssertionFailedError.class)
                .hasMessageStartingWith("shop.order.place@1.0.0#place-three ==> the output does not contain the example's output: "
                        + "$.quantity: expected 3 but was 2");
    }

    /** The generated test for one example of a registry holding {@code place} instead of the shop's place-order. */
    private static DynamicTest only(OperationSpec place, String example) {
        ContractRegistry registry = ContractRegistry.builder()
                .register(place, ShopContracts.ORDER_PLACED)
                .build();
        AcceptanceRunner runner = AcceptanceRunner.forRegistry(registry)
                .executor(() -> new Shop().executor(registry))
                .missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE)
                .defaultPrincipal(ShopFixtures.CUSTOMER);
        return tests(runner.dynamicTests()).get("shop.order.place@1.0.0/" + example);
    }
}
