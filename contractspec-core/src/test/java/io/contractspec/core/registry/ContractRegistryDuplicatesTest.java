package io.contractspec.core.registry;

import static io.contractspec.core.registry.TestSpecs.event;
import static io.contractspec.core.registry.TestSpecs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.schema.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractRegistryDuplicatesTest {

    private static ContractModule module(String name, Spec... specs) {
        return new ContractModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Spec> specs() {
                return List.of(specs);
            }
        };
    }

    @Test
    void rejectsTheSameOperationRegisteredTwiceNamingTheSpecAndBothOrigins() {
        OperationSpec first = operation("loan.submit", "1.0.0").toBuilder()
                .source(new SourceLocation("com/acme/LoanContracts.java", 12)).build();
        OperationSpec second = operation("loan.submit", "1.0.0").toBuilder()
                .source(new SourceLocation("com/acme/LegacyContracts.java", 40)).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractRegistry.builder().register(first, second).build())
                .withMessage("duplicate operation loan.submit@1.0.0 (registered by direct registration at"
                        + " com/acme/LoanContracts.java:12 and direct registration at com/acme/LegacyContracts.java:40)");
    }

    @Test
    void namesBothModulesOfADuplicate() {
        ContractModule loans = module("loans", operation("loan.submit", "1.0.0"));
        ContractModule legacy = module("legacy-loans", event("loan.submitted", "1.0.0"), operation("loan.submit", "1.0.0"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractRegistry.builder().module(loans).module(legacy).build())
                .withMessageStartingWith("duplicate operation loan.submit@1.0.0 (registered by module loans at ")
                .withMessageContaining(" and module legacy-loans at ");
    }

    @Test
    void treatsVersionsDifferingOnlyInBuildMetadataAsDuplicates() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractRegistry.builder()
                        .register(operation("loan.submit", "1.0.0+a"), operation("loan.submit", "1.0.0+b"))
                        .build())
                .withMessageStartingWith("duplicate operation loan.submit@1.0.0+b (")
                .withMessageContaining("1.0.0+a and 1.0.0+b differ only in build metadata");
    }

    @Test
    void rejectsTheSameInstanceRegisteredTwice() {
        OperationSpec submit = operation("loan.submit", "1.0.0");

        assertThatIllegalArgumentException().isThrownBy(() -> ContractRegistry.builder().register(submit, submit).build());
    }

    @Test
    void allowsTheSameKeyAndVersionAcrossSpecTypes() {
        ContractRegistry registry = ContractRegistry.builder()
                .module(module("a", operation("loan.submitted", "1.0.0")))
                .module(module("b", event("loan.submitted", "1.0.0")))
                .build();

        assertThat(registry.all()).hasSize(2);
    }

    @Test
    void rejectsAModuleListingAMissingSpec() {
        ContractModule broken = new ContractModule() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<Spec> specs() {
                return java.util.Arrays.asList(operation("loan.submit", "1.0.0"), null);
            }
        };

        assertThatNullPointerException()
                .isThrownBy(() -> ContractRegistry.builder().module(broken))
                .withMessage("module broken lists a null spec");
    }
}
