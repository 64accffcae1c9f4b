package io.contractspec.core.spec;

import static io.contractspec.core.spec.Fixtures.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.contractspec.core.Contracts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecMetaChecksTest {

    /** An otherwise valid builder of the given spec type. */
    private static SpecBuilder<?, ?> builder(String type, String key, String version) {
        return switch (type) {
            case "operation" -> Contracts.command(key, version).output(Fixtures.OUTPUT);
            case "event" -> Contracts.event(key, version).payload(Fixtures.OUTPUT);
            case "feature" -> Contracts.feature(key, version);
            default -> Contracts.capability(key, version).kind(CapabilitySpec.Kind.API);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation", "event", "feature", "capability"})
    void buildsAnExperimentalSpecWithoutOwners(String type) {
        Spec spec = builder(type, "a.b", "1.0.0").build();

        assertThat(spec.specType().wireName()).isEqualTo(type);
        assertThat(spec.meta().stability()).isEqualTo(Stability.EXPERIMENTAL);
        assertThat(spec.meta().owners()).isEmpty();
        assertThat(spec.ref()).isEqualTo(SpecRef.of("a.b", "1.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation", "event", "feature", "capability"})
    void rejectsStableSpecWithoutOwnersNamingSpecAndField(String type) {
        SpecBuilder<?, ?> builder = builder(type, "a.b", "1.0.0").stability(Stability.STABLE);

        assertThatIllegalArgumentException()
                .isThrownBy(builder::build)
                .withMessage(type + " a.b@1.0.0: owners must not be empty for a stable spec");
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation", "event", "feature", "capability"})
    void rejectsMalformedKeyNamingSpecAndField(String type) {
        assertThatIllegalArgumentException()
                .isThrownBy(builder(type, "A..b", "1.0.0")::build)
                .withMessageStartingWith(type + " A..b@1.0.0: key 'A..b' is malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation", "event", "feature", "capability"})
    void rejectsMalformedVersionNamingSpecAndField(String type) {
        assertThatIllegalArgumentException()
                .isThrownBy(builder(type, "a.b", "1.0.0").version("1.0")::build)
                .withMessageStartingWith(type + " a.b@1.0: version '1.0' is not a semantic version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation", "event", "feature", "capability"})
    void rejectsMissingVersion(String type) {
        assertThatIllegalArgumentException()
                .isThrownBy(builder(type, "a.b", null)::build)
                .withMessage(type + " a.b@null: version is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation", "event", "feature", "capability"})
    void rejectsBlankOwnerInEverySpecType(String type) {
        assertThatIllegalArgumentException()
                .isThrownBy(builder(type, "a.b", "1.0.0").owners("@team", " ")::build)
                .withMessage(type + " a.b@1.0.0: owners must not contain a blank entry");
    }

    @Test
    void rejectsDuplicateOwner() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().owners("@loans", "@loans").build())
                .withMessage(OPERATION + "owners lists '@loans' twice");
    }

    @Test
    void rejectsBlankOrDuplicateTag() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().tags("loan", "").build())
                .withMessage(OPERATION + "tags must not contain a blank entry");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().tags("loan", "submit", "loan").build())
                .withMessage(OPERATION + "tags lists 'loan' twice");
    }

    @Test
    void rejectsNullOrDuplicateDocId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().docIds((String) null).build())
                .withMessage(OPERATION + "docIds must not contain a blank entry");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().docIds("d1", "d1").build())
                .withMessage(OPERATION + "docIds lists 'd1' twice");
    }

    @ParameterizedTest
    @EnumSource(value = Stability.class, names = {"BETA", "STABLE", "DEPRECATED"})
    void requiresOwnersOnceASpecPromisesCompatibility(Stability stability) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.operation().stability(stability).build())
                .withMessageStartingWith(OPERATION + "owners must not be empty");
        assertThat(Fixtures.operation().stability(stability).owners("@loans").build().meta().owners())
                .containsExactly("@loans");
    }

    @ParameterizedTest
    @EnumSource(value = Stability.class, names = {"IDEA", "IN_CREATION", "EXPERIMENTAL"})
    void allowsEarlySpecsWithoutOwners(Stability stability) {
        assertThat(Fixtures.operation().stability(stability).build().meta().stability()).isEqualTo(stability);
    }

    @Test
    void keepsOptionalMetadata() {
        SpecMeta meta = Fixtures.operation().title("Submit").domain("loans").description("Submits.").build().meta();

        assertThat(meta.title()).contains("Submit");
        assertThat(meta.domain()).contains("loans");
        assertThat(meta.description()).isEqualTo("Submits.");
        assertThat(Fixtures.operation().build().meta().title()).isEmpty();
    }
}
