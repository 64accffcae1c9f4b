package io.contractspec.core.registry;

import static io.contractspec.core.registry.TestSpecs.capability;
import static io.contractspec.core.registry.TestSpecs.event;
import static io.contractspec.core.registry.TestSpecs.feature;
import static io.contractspec.core.registry.TestSpecs.operation;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractRegistryLookupTest {

    private final OperationSpec instance = operation("workflow.instance", "1.0.0");
    private final OperationSpec resumeV1 = operation("workflow.instance.resume", "1.0.0");
    private final OperationSpec resumeV1_10 = operation("workflow.instance.resume", "1.10.0");
    private final OperationSpec resumeV1_9 = operation("workflow.instance.resume", "1.9.0");
    private final OperationSpec resumeV2Beta = operation("workflow.instance.resume", "2.0.0-beta");

    private final ContractRegistry registry = ContractRegistry.builder()
            .register(resumeV1_10, instance, resumeV2Beta, resumeV1, resumeV1_9)
            .build();

    @Test
    void findsLatestAsHighestSemverOfExactlyThatKeyNotAPrefixMatch() {
        ContractRegistry registry = ContractRegistry.builder()
                .register(instance, operation("workflow.instance.resume", "2.0.0"))
                .build();

        assertThat(registry.operation("workflow.instance")).contains(instance);
        assertThat(registry.operation("workflow")).isEmpty();
    }

    @Test
    void findsLatestByPrecedenceSoThatAPreReleaseIsLatestOnlyWithoutItsRelease() {
        assertThat(registry.operation("workflow.instance.resume")).contains(resumeV2Beta);

        ContractRegistry released = ContractRegistry.builder()
                .register(resumeV2Beta, operation("workflow.instance.resume", "2.0.0"), resumeV1_10)
                .build();
        assertThat(released.operation("workflow.instance.resume").map(Spec::version)).contains("2.0.0");
    }

    @Test
    void comparesVersionsNumerically() {
        ContractRegistry registry = ContractRegistry.builder().register(resumeV1_10, resumeV1_9).build();

        assertThat(registry.operation("workflow.instance.resume")).contains(resumeV1_10);
    }

    @Test
    void findsAnExactVersion() {
        assertThat(registry.operation("workflow.instance.resume", "1.9.0")).contains(resumeV1_9);
        assertThat(registry.operation(SpecRef.of("workflow.instance.resume", "1.0.0"))).contains(resumeV1);
        assertThat(registry.find(SpecType.OPERATION, "workflow.instance.resume", "1.10.0")).contains(resumeV1_10);
        assertThat(registry.find(SpecType.OPERATION, "workflow.instance.resume", null)).contains(resumeV2Beta);
    }

    @Test
    void findsAnExactVersionWhateverItsBuildMetadata() {
        assertThat(registry.operation("workflow.instance.resume", "1.9.0+build.5")).contains(resumeV1_9);
    }

    @Test
    void returnsEmptyForAMissingVersionOrKey() {
        assertThat(registry.operation("workflow.instance.resume", "3.0.0")).isEmpty();
        assertThat(registry.operation("workflow.instance.resume", "2.0.0")).isEmpty();
        assertThat(registry.operation("workflow.instance.pause")).isEmpty();
        assertThat(registry.operation("workflow.instance.pause", "1.0.0")).isEmpty();
        assertThat(registry.event("workflow.instance")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "latest", "", "v1.0.0", "01.0.0"})
    void returnsEmptyForAnInvalidVersionInsteadOfThrowing(String version) {
        assertThat(registry.operation("workflow.instance.resume", version)).isEmpty();
        assertThat(registry.find(SpecType.OPERATION, "workflow.instance.resume", version)).isEmpty();
    }

    @Test
    void listsVersionsLowestFirst() {
        assertThat(registry.versions(SpecType.OPERATION, "workflow.instance.resume"))
                .extracting(Spec::version)
                .containsExactly("1.0.0", "1.9.0", "1.10.0", "2.0.0-beta");
        assertThat(registry.versions(SpecType.OPERATION, "workflow.unknown")).isEmpty();
        assertThat(registry.versions(SpecType.EVENT, "workflow.instance.resume")).isEmpty();
    }

    @Test
    void keepsSpecTypesApartSoTheSameKeyAndVersionMayBeAnOperationAndAnEvent() {
        ContractRegistry registry = ContractRegistry.builder()
                .register(operation("loan", "1.0.0"), event("loan", "1.0.0"), feature("loan", "1.0.0"),
                        capability("loan", "1.0.0"))
                .build();

        assertThat(registry.all()).extracting(Spec::specType)
                .containsExactly(SpecType.OPERATION, SpecType.EVENT, SpecType.FEATURE, SpecType.CAPABILITY);
        assertThat(registry.operation("loan")).isPresent();
        assertThat(registry.event("loan")).isPresent();
        assertThat(registry.event(SpecRef.of("loan", "1.0.0"))).isPresent();
        assertThat(registry.feature(SpecRef.of("loan", "1.0.0"))).isPresent();
        assertThat(registry.capability(SpecRef.of("loan", "1.0.0"))).isPresent();
        assertThat(registry.operations()).hasSize(1);
        assertThat(registry.events()).hasSize(1);
        assertThat(registry.features()).hasSize(1);
        assertThat(registry.capabilities()).hasSize(1);
    }

    @Test
    void iteratesInTheSameOrderWhateverTheRegistrationOrder() {
        List<Spec> specs = List.of(event("b", "1.0.0"), operation("b", "1.0.0"), operation("a.b", "1.0.0"),
                operation("a", "2.0.0"), operation("a", "10.0.0"), operation("a", "2.0.0-rc.1"), feature("a", "1.0.0"));
        ContractRegistry forward = ContractRegistry.builder().registerAll(specs).build();
        ContractRegistry backward = ContractRegistry.builder().registerAll(reversed(specs)).build();

        assertThat(forward.all()).containsExactlyElementsOf(backward.all());
        assertThat(forward.all()).extracting(spec -> spec.specType().wireName() + " " + spec.ref()).containsExactly(
                "operation a@2.0.0-rc.1", "operation a@2.0.0", "operation a@10.0.0", "operation a.b@1.0.0",
                "operation b@1.0.0", "event b@1.0.0", "feature a@1.0.0");
    }

    @Test
    void isEmptyWithoutSpecs() {
        ContractRegistry empty = ContractRegistry.builder().build();

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.all()).isEmpty();
        assertThat(registry.isEmpty()).isFalse();
    }

    private static <T> List<T> reversed(List<T> list) {
        return java.util.stream.IntStream.range(0, list.size()).mapToObj(i -> list.get(list.size() - 1 - i)).toList();
    }
}
