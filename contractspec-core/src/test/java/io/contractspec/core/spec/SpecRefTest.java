package io.contractspec.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecRefTest {

    @Test
    void parsesKeyAtVersion() {
        SpecRef ref = SpecRef.parse("workflow.instance.resume@1.2.3-rc.1+build.7");

        assertThat(ref.key()).isEqualTo("workflow.instance.resume");
        assertThat(ref.version()).isEqualTo("1.2.3-rc.1+build.7");
        assertThat(ref).hasToString("workflow.instance.resume@1.2.3-rc.1+build.7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"workflow.instance.resume", "@1.0.0", "workflow@", "workflow@1.0", "Workflow@1.0.0", ""})
    void rejectsMalformedReferences(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> SpecRef.parse(text));
    }

    @Test
    void rejectsMissingReference() {
        assertThatIllegalArgumentException().isThrownBy(() -> SpecRef.parse(null)).withMessageContaining("key@version");
    }

    @Test
    void ordersByKeyThenSemverPrecedence() {
        List<SpecRef> refs = new ArrayList<>(List.of(SpecRef.of("b", "1.0.0"), SpecRef.of("a", "1.10.0"),
                SpecRef.of("a", "1.9.0"), SpecRef.of("a", "1.10.0-rc.1")));
        Collections.sort(refs);

        assertThat(refs).extracting(SpecRef::toString).containsExactly("a@1.9.0", "a@1.10.0-rc.1", "a@1.10.0", "b@1.0.0");
    }

    @Test
    void treatsVersionsDifferingOnlyInBuildMetadataAsTheSameSpec() {
        SpecRef a = SpecRef.of("workflow.instance", "1.0.0+a");
        SpecRef b = SpecRef.of("workflow.instance", "1.0.0+b");

        assertThat(a).isEqualByComparingTo(b).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(SpecRef.of("workflow.instance", "1.0.1"));
        assertThat(a).isNotEqualTo(SpecRef.of("workflow.other", "1.0.0+a"));
    }
}
