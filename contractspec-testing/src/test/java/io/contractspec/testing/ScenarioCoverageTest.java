package io.contractspec.testing;

import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.testing.coverage.PlaceOrderSamples;
import io.contractspec.testing.coverage.SharedSamples;
import io.contractspec.testing.coverage.TypoSamples;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScenarioCoverageTest {

    private static final SpecRef PLACE = ShopContracts.PLACE.ref();
    private static final ScenarioRef HAPPY = new ScenarioRef(PLACE, "place-order-happy-path");
    private static final ScenarioRef OUT_OF_STOCK = new ScenarioRef(PLACE, "place-order-out-of-stock");

    private final ScenarioCoverage coverage = ScenarioCoverage.of(ShopContracts.REGISTRY);

    @Test
    void findsLinksOnMethodsNestedClassesAndSuperclasses() {
        ScenarioReport report = coverage.scan(PlaceOrderSamples.class);

        assertThat(report.covered()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                HAPPY, List.of("PlaceOrderSamples.placesAnOrder", "PlaceOrderSamples.placesAnOrderQualified",
                        "SharedSamples.inherited"),
                OUT_OF_STOCK, List.of("PlaceOrderSamples$Refusals.refusesTooMany"))));
        assertThat(report.uncovered()).isEmpty();
        assertThat(report.errors()).isEmpty();
        report.assertAllCovered();
    }

    @Test
    void listsScenariosNoTestLinksTo() {
        ScenarioReport report = coverage.scan(PlaceOrderSamples.Refusals.class);

        assertThat(report.covered()).containsOnlyKeys(OUT_OF_STOCK);
        assertThat(report.uncovered()).containsExactly(HAPPY);
        assertThatThrownBy(report::assertAllCovered)
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Scenario coverage: 1 of 2 scenario(s) linked to tests, 0 link error(s)
                        Covered:
                          shop.order.place@1.0.0#place-order-out-of-stock <- PlaceOrderSamples$Refusals.refusesTooMany
                        Uncovered:
                          shop.order.place@1.0.0#place-order-happy-path
                        """);
    }

    @Test
    void reportsLinksToScenariosThatDoNotExistAsErrors() {
        ScenarioReport report = coverage.scan(TypoSamples.class);

        assertThat(report.covered()).isEmpty();
        assertThat(report.uncovered()).containsExactly(HAPPY, OUT_OF_STOCK);
        assertThat(report.errors()).extracting(ScenarioReport.LinkError::toString).containsExactly(
                "TypoSamples: @Scenario(\"place-order-hapy-path\"): no operation declares scenario "
                        + "'place-order-hapy-path' (did you mean 'place-order-happy-path'?)",
                "TypoSamples.badVersion: @Scenario(value = \"place-order-happy-path\", operation = "
                        + "\"shop.order.place@latest\"): 'shop.order.place@latest' is not an operation key or key@version: "
                        + "version 'latest' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)",
                "TypoSamples.unknownOperation: @Scenario(value = \"place-order-happy-path\", operation = "
                        + "\"shop.order.nope\"): no operation 'shop.order.nope' exists",
                "TypoSamples.unknownVersion: @Scenario(value = \"place-order-happy-path\", operation = "
                        + "\"shop.order.place@2.0.0\"): no operation shop.order.place@2.0.0 exists",
                "TypoSamples.wrongOperation: @Scenario(value = \"place-order-out-of-stock\", operation = "
                        + "\"shop.order.get\"): operation shop.order.get declares no scenario 'place-order-out-of-stock'"
                        + " (it is declared by shop.order.place@1.0.0)",
                "TypoSamples.wrongOperation: @Scenario(\"unheard-of\"): no operation declares scenario 'unheard-of'");
        assertThatThrownBy(report::assertAllCovered).hasMessageContaining("Link errors:\n  TypoSamples: ");
    }

    @Test
    void asksForTheOperationWhenSeveralDeclareTheScenario() {
        ContractRegistry registry = ContractRegistry.builder()
                .register(ShopContracts.PLACE, ShopContracts.ORDER_PLACED, ShopContracts.GET.toBuilder()
                        .scenario("place-order-happy-path", given("An order was placed"), when("It is read"), then("It is found"))
                        .build())
                .build();

        ScenarioReport report = ScenarioCoverage.of(registry).scan(PlaceOrderSamples.class);

        assertThat(report.errors()).extracting(ScenarioReport.LinkError::message).containsExactly(
                "operations [shop.order.get, shop.order.place] all declare scenario 'place-order-happy-path';"
                        + " name one with operation = \"...\"",
                "operations [shop.order.get, shop.order.place] all declare scenario 'place-order-happy-path';"
                        + " name one with operation = \"...\"");
        assertThat(report.covered().get(HAPPY)).containsExactly("PlaceOrderSamples.placesAnOrderQualified");
        assertThat(report.uncovered()).containsExactly(new ScenarioRef(ShopContracts.GET.ref(), "place-order-happy-path"));
    }

    @Test
    void aLinkWithoutAVersionCoversEveryVersionThatDeclaresTheScenario() {
        ContractRegistry registry = ContractRegistry.builder()
                .register(ShopContracts.PLACE, ShopContracts.PLACE.toBuilder().version("1.1.0").build(), ShopContracts.ORDER_PLACED)
                .build();
        SpecRef next = SpecRef.of("shop.order.place", "1.1.0");

        ScenarioReport report = ScenarioCoverage.of(registry).scan(PlaceOrderSamples.class);

        assertThat(report.covered()).containsOnlyKeys(HAPPY, new ScenarioRef(next, "place-order-happy-path"), OUT_OF_STOCK);
        assertThat(report.uncovered()).containsExactly(new ScenarioRef(next, "place-order-out-of-stock"));
    }

    @Test
    void rendersInAStableOrder() {
        ScenarioReport forward = coverage.scan(PlaceOrderSamples.class, TypoSamples.class);
        ScenarioReport backward = coverage.scan(TypoSamples.class, PlaceOrderSamples.Refusals.class, PlaceOrderSamples.class);

        assertThat(backward.render()).isEqualTo(forward.render()).isEqualTo(forward.toString());
        assertThat(forward.render()).startsWith("""
                Scenario coverage: 2 of 2 scenario(s) linked to tests, 6 link error(s)
                Covered:
                  shop.order.place@1.0.0#place-order-happy-path <- PlaceOrderSamples.placesAnOrder, \
                PlaceOrderSamples.placesAnOrderQualified, SharedSamples.inherited
                  shop.order.place@1.0.0#place-order-out-of-stock <- PlaceOrderSamples$Refusals.refusesTooMany
                Link errors:
                  TypoSamples: @Scenario("place-order-hapy-path"): no operation declares scenario""");
    }

    @Test
    void findsTheClassesOfAPackageInTheTestOutput() {
        assertThat(TestClasses.inPackage("io.contractspec.testing.coverage")).containsExactly(
                PlaceOrderSamples.class, PlaceOrderSamples.Refusals.class, SharedSamples.class, TypoSamples.class);
        assertThat(coverage.scanPackage("io.contractspec.testing.coverage").render())
                .isEqualTo(coverage.scan(PlaceOrderSamples.class, TypoSamples.class).render());
    }

    @Test
    void aRegistryWithoutScenariosIsFullyCovered() {
        ScenarioReport report = ScenarioCoverage.of(ContractRegistry.builder().build()).scan();

        assertThat(report.isComplete()).isTrue();
        assertThat(report.render()).isEqualTo("Scenario coverage: 0 of 0 scenario(s) linked to tests, 0 link error(s)\n");
    }
}
