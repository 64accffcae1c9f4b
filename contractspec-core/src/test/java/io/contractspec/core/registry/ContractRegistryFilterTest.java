package io.contractspec.core.registry;

import static io.contractspec.core.registry.TestSpecs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecType;
import io.contractspec.core.spec.Stability;
import org.junit.jupiter.api.Test;

class ContractRegistryFilterTest {

    private final OperationSpec submit = operation("loan.submit", "1.0.0", Stability.STABLE, "@loans", "loan", "write");
    private final OperationSpec list = operation("loan.list", "1.0.0", Stability.BETA, "@loans", "loan", "read");
    private final OperationSpec score = operation("scoring.run", "1.0.0", Stability.STABLE, "@risk", "read");
    private final OperationSpec draft = operation("scoring.draft", "0.1.0");

    private final ContractRegistry registry = ContractRegistry.builder().register(submit, list, score, draft).build();

    @Test
    void selectsSpecsByTagInRegistryOrder() {
        assertThat(registry.withTag("loan")).containsExactly(list, submit);
        assertThat(registry.withTag("read")).containsExactly(list, score);
        assertThat(registry.withTag("lo")).isEmpty();
    }

    @Test
    void selectsSpecsByOwner() {
        assertThat(registry.ownedBy("@loans")).containsExactly(list, submit);
        assertThat(registry.ownedBy("@risk")).containsExactly(score);
        assertThat(registry.ownedBy("@nobody")).isEmpty();
    }

    @Test
    void selectsSpecsByStability() {
        assertThat(registry.withStability(Stability.STABLE)).containsExactly(submit, score);
        assertThat(registry.withStability(Stability.EXPERIMENTAL)).containsExactly(draft);
        assertThat(registry.withStability(Stability.DEPRECATED)).isEmpty();
    }

    @Test
    void selectsSpecsByAnyPredicate() {
        assertThat(registry.filter(spec -> spec.key().startsWith("scoring."))).containsExactly(draft, score);
    }

    @Test
    void returnsUnmodifiableLists() {
        assertThatThrownBy(() -> registry.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> registry.operations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> registry.withTag("loan").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> registry.versions(SpecType.OPERATION, "loan.submit").clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isNotChangedByRegisteringMoreOnItsBuilder() {
        ContractRegistry.Builder builder = ContractRegistry.builder().register(submit);
        ContractRegistry first = builder.build();

        builder.register(list);

        assertThat(first.all()).containsExactly(submit);
        assertThat(builder.build().all()).extracting(Spec::key).containsExactly("loan.list", "loan.submit");
    }
}
