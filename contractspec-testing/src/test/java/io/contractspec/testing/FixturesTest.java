package io.contractspec.testing;

import static io.contractspec.core.Contracts.json;
import static io.contractspec.testing.DynamicNodes.outcome;
import static io.contractspec.testing.DynamicNodes.tests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class FixturesTest {

    private static final String PLACE_NORMAL = "shop.order.place@1.0.0/place-normal";

    @Test
    void aMissingFixtureFailsTheExampleAndSaysWhatToRegister() {
        AcceptanceRunner runner = ShopFixtures.runner().fixtures(Fixtures.none());

        assertThat(outcome(tests(runner.dynamicTests()).get(PLACE_NORMAL)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("shop.order.place@1.0.0#place-normal: no fixture is registered for this example")
                .hasMessageContaining("'place-normal' or 'shop.order.place#place-normal'")
                .hasMessageContaining("noSetup(\"place-normal\")");
    }

    @Test
    void runsWithoutAFixtureWhenThePolicyAllowsIt() {
        AcceptanceRunner runner = ShopFixtures.runner().fixtures(Fixtures.none())
                .missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE);
        var tests = tests(runner.dynamicTests());

        assertThat(outcome(tests.get(PLACE_NORMAL))).isNull();
        assertThat(outcome(tests.get("shop.order.get@1.0.0/get-normal")))
                .hasMessageContaining("failed with NOT_FOUND (404)");
    }

    @Test
    void theMostSpecificKeyWins() {
        List<String> used = new ArrayList<>();
        Fixtures fixtures = Fixtures.builder()
                .forExample("place-normal", Fixture.setUp(run -> used.add("plain")))
                .forExample("shop.order.place#place-normal", Fixture.setUp(run -> used.add("by key")))
                .forExample("shop.order.place@1.0.0#place-normal", Fixture.setUp(run -> used.add("by version")))
                .build();

        assertThat(outcome(tests(ShopFixtures.runner().fixtures(fixtures)
                .missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE).dynamicTests()).get(PLACE_NORMAL))).isNull();
        assertThat(used).containsExactly("by version");
    }

    @Test
    void aFixtureSeesTheOperationTheExampleAndTheExecutor() {
        List<String> seen = new ArrayList<>();
        Fixtures fixtures = Fixtures.builder().forExample("place-normal", Fixture.setUp(run -> {
            seen.add(run.operation().ref() + " " + run.example().key() + " " + run.example().input());
            seen.add(run.executor().registry().operation("shop.order.get").isPresent() ? "executor" : "?");
        })).build();
        DynamicTest test = tests(ShopFixtures.runner().fixtures(fixtures)
                .missingFixtures(MissingFixture.RUN_WITHOUT_FIXTURE).dynamicTests()).get(PLACE_NORMAL);

        assertThat(outcome(test)).isNull();
        assertThat(seen).containsExactly("shop.order.place@1.0.0 place-normal {\"sku\":\"book\",\"quantity\":2}", "executor");
    }

    @Test
    void aFixtureThatFailsToSeedNamesTheCall() {
        Fixtures fixtures = Fixtures.builder().noSetup("place-normal", "place-out-of-stock")
                .forExample("get-normal", Fixture.setUp(run -> run.call("shop.order.place", json("{sku: 'pen', quantity: 1}"))))
                .build();

        assertThat(outcome(tests(ShopFixtures.runner().fixtures(fixtures).dynamicTests()).get("shop.order.get@1.0.0/get-normal")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("fixture for shop.order.get@1.0.0#get-normal: calling shop.order.place failed with "
                        + "OUT_OF_STOCK (409): Only 0 of pen in stock.");
    }

    @Test
    void rejectsFixturesForExamplesTheRegistryDoesNotHave() {
        Fixtures fixtures = Fixtures.builder()
                .noSetup("place-normal", "plaec-normal")
                .forExample("shop.order.get#place-normal", Fixture.NONE)
                .build();

        assertThatThrownBy(() -> ShopFixtures.runner().fixtures(fixtures).dynamicTests())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fixtures registered for examples the registry does not have: "
                        + "[plaec-normal, shop.order.get#place-normal]");
    }

    @Test
    void rejectsTwoFixturesUnderOneKey() {
        assertThatThrownBy(() -> Fixtures.builder().noSetup("place-normal").noSetup("place-normal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a fixture for example 'place-normal' is already registered");
        assertThatThrownBy(() -> Fixtures.builder().forExample("shop.order.place#", Fixture.NONE))
                .hasMessageContaining("has no example key after '#'");
    }

    @Test
    void requiresAnExecutor() {
        assertThatThrownBy(() -> AcceptanceRunner.forRegistry(ShopContracts.REGISTRY).dynamicTests())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("configure an executor");
    }
}
