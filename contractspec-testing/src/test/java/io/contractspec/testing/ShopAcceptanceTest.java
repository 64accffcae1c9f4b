package io.contractspec.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The runner as users write it: every example of the shop runs as a test of its own. */
class ShopAcceptanceTest {

    @TestFactory
    Stream<DynamicNode> examples() {
        return ShopFixtures.runner().dynamicTests();
    }
}
