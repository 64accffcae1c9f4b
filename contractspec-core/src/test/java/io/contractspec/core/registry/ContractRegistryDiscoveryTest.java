package io.contractspec.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.contractspec.core.spec.Spec;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractRegistryDiscoveryTest {

    @Test
    void findsTheSpecsOfEveryModuleListedInMetaInfServices() {
        ContractRegistry registry = ContractRegistry.discover(getClass().getClassLoader());

        List<Spec> expected = new ArrayList<>(LoanModule.SPECS);
        expected.addAll(ScoringModule.SPECS);
        assertThat(registry.all()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(registry.operation("loan.submit").map(Spec::version)).contains("1.1.0");
        assertThat(registry.capabilities()).containsExactlyElementsOf(ScoringModule.SPECS.stream()
                .map(io.contractspec.core.spec.CapabilitySpec.class::cast).toList());
    }

    @Test
    void namesBothModulesWhenTwoDefineTheSameSpec() throws Exception {
        URL conflicting = getClass().getClassLoader().getResource("conflicting/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {conflicting}, getClass().getClassLoader())) {

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ContractRegistry.discover(loader))
                    .withMessageStartingWith("duplicate operation loan.submit@1.1.0 (registered by module legacy-loans at ")
                    .withMessageContaining(" and module loans at ");
        }
    }

    @Test
    void findsNothingWhereNoModuleIsListed() {
        ClassLoader platform = ClassLoader.getPlatformClassLoader();

        assertThat(ContractRegistry.discover(platform).isEmpty()).isTrue();
    }
}
