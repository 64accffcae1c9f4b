package io.contractspec.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.contractspec.core.Contracts;
import org.junit.jupiter.api.Test;

class EventFeatureCapabilityChecksTest {

    private static final SpecRef SUBMIT = SpecRef.of("loan.application.submit", "1.0.0");
    private static final SpecRef SCORING = SpecRef.of("loan.scoring", "1.0.0");

    @Test
    void rejectsEventWithoutPayload() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.event("loan.application.submitted", "1.0.0").build())
                .withMessage("event loan.application.submitted@1.0.0: payload model is required");
    }

    @Test
    void rejectsCapabilityWithoutKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.capability("loan.scoring", "1.0.0").build())
                .withMessage("capability loan.scoring@1.0.0: kind is required");
    }

    @Test
    void buildsFeatureFromSpecsAndReferences() {
        OperationSpec submit = Fixtures.operation().build();
        EventSpec submitted = Fixtures.event().build();

        FeatureSpec feature = Contracts.feature("loan.application", "1.0.0")
                .operations(submit)
                .events(submitted)
                .provides(SCORING)
                .requires(SpecRef.of("identity.verification", "2.0.0"))
                .docIds("loans-overview")
                .build();

        assertThat(feature.operations()).containsExactly(SUBMIT);
        assertThat(feature.events()).containsExactly(submitted.ref());
        assertThat(feature.provides()).containsExactly(SCORING);
        assertThat(feature.requires()).containsExactly(SpecRef.of("identity.verification", "2.0.0"));
        assertThat(feature.meta().docIds()).containsExactly("loans-overview");
    }

    @Test
    void rejectsFeatureListingAnOperationTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.feature("loan.application", "1.0.0")
                        .operations(Fixtures.operation().build())
                        .operationRefs(java.util.List.of(SUBMIT))
                        .build())
                .withMessage("feature loan.application@1.0.0: operations lists loan.application.submit@1.0.0 twice");
    }

    @Test
    void rejectsFeatureListingACapabilityTwiceEvenWithDifferentBuildMetadata() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.feature("loan.application", "1.0.0")
                        .requires(SpecRef.of("loan.scoring", "1.0.0+a"), SpecRef.of("loan.scoring", "1.0.0+b"))
                        .build())
                .withMessage("feature loan.application@1.0.0: requires lists loan.scoring@1.0.0+b twice");
    }

    @Test
    void rejectsFeatureListingAnEventTwice() {
        EventSpec submitted = Fixtures.event().build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.feature("loan.application", "1.0.0").events(submitted, submitted).build())
                .withMessageStartingWith("feature loan.application@1.0.0: events lists");
    }

    @Test
    void rejectsCapabilityListingAProviderTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contracts.capability("loan.scoring", "1.0.0")
                        .kind(CapabilitySpec.Kind.API)
                        .provides(Fixtures.operation().build())
                        .provides(SUBMIT)
                        .build())
                .withMessage("capability loan.scoring@1.0.0: provides lists loan.application.submit@1.0.0 twice");
    }

    @Test
    void buildsCapabilityFromProvidersAndRequirements() {
        CapabilitySpec capability = Contracts.capability("loan.scoring", "1.0.0")
                .kind(CapabilitySpec.Kind.INTEGRATION)
                .provides(Fixtures.operation().build(), Fixtures.event().build())
                .requires(SpecRef.of("identity.verification", "2.0.0"))
                .build();

        assertThat(capability.kind()).isEqualTo(CapabilitySpec.Kind.INTEGRATION);
        assertThat(capability.provides()).containsExactly(SUBMIT, SpecRef.of("loan.application.submitted", "1.0.0"));
        assertThat(capability.requires()).containsExactly(SpecRef.of("identity.verification", "2.0.0"));
    }
}
