package io.contractspec.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemverTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0.0.0", "1.0.0", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7", "1.0.0-x.7.z.92",
        "1.0.0-x-y-z.--", "1.0.0-0a", "1.0.0-alpha+001", "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85",
        "1.0.0+21AF26D3----117B344092BD", "99999999999999999999.0.0"
    })
    void acceptsSemanticVersions(String text) {
        assertThat(Semver.isValid(text)).isTrue();
        assertThat(Semver.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "1", "1.0", "1.0.0.0", "01.0.0", "1.02.0", "1.0.00", "v1.0.0", " 1.0.0", "1.0.0 ", "-1.0.0",
        "1.0.0-", "1.0.0+", "1.0.0-01", "1.0.0-alpha..1", "1.0.0-alpha.", "1.0.0+build..1", "1.0.0-al_pha",
        "1.0.0-é", "1.0.0+a+b", "a.b.c", "1.0.0-alpha_beta", "١.0.0"
    })
    void rejectsTextThatIsNotASemanticVersion(String text) {
        assertThat(Semver.isValid(text)).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Semver.parse(text))
                .withMessageContaining("'" + text + "' is not a semantic version");
    }

    @Test
    void rejectsMissingVersion() {
        assertThat(Semver.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Semver.parse(null)).withMessage("version is missing");
    }

    @Test
    void exposesNumericCoreAndPreReleaseFlag() {
        Semver version = Semver.parse("3.14.159-rc.1");

        assertThat(version.major()).isEqualTo(BigInteger.valueOf(3));
        assertThat(version.minor()).isEqualTo(BigInteger.valueOf(14));
        assertThat(version.patch()).isEqualTo(BigInteger.valueOf(159));
        assertThat(version.isPreRelease()).isTrue();
        assertThat(Semver.parse("1.0.0+build").isPreRelease()).isFalse();
    }

    @Test
    void ordersTheSemverSpecExampleChainWhateverTheInputOrder() {
        List<String> chain = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");
        List<Semver> shuffled = new ArrayList<>(chain.stream().map(Semver::parse).toList());
        Collections.shuffle(shuffled, new Random(42));

        Collections.sort(shuffled);

        assertThat(shuffled).extracting(Semver::toString).containsExactlyElementsOf(chain);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(Semver.parse(chain.get(i - 1))).isLessThan(Semver.parse(chain.get(i)));
        }
    }

    @Test
    void comparesCoreNumbersNumericallyNotLexicographically() {
        assertThat(Semver.parse("1.10.0")).isGreaterThan(Semver.parse("1.9.0"));
        assertThat(Semver.parse("10.0.0")).isGreaterThan(Semver.parse("9.99.99"));
        assertThat(Semver.parse("1.0.10")).isGreaterThan(Semver.parse("1.0.9"));
        assertThat(Semver.parse("2.0.0")).isGreaterThan(Semver.parse("1.99.99"));
    }

    @Test
    void ordersPreReleaseIdentifiersBySpecRules() {
        assertThat(Semver.parse("1.0.0-2")).isLessThan(Semver.parse("1.0.0-10"));
        assertThat(Semver.parse("1.0.0-999")).isLessThan(Semver.parse("1.0.0-a"));
        assertThat(Semver.parse("1.0.0-B")).isLessThan(Semver.parse("1.0.0-a"));
        assertThat(Semver.parse("1.0.0-rc.1")).isLessThan(Semver.parse("1.0.0-rc.1.0"));
        assertThat(Semver.parse("2.0.0-beta")).isLessThan(Semver.parse("2.0.0"));
        assertThat(Semver.parse("1.9.9")).isLessThan(Semver.parse("2.0.0-alpha"));
    }

    @Test
    void ignoresBuildMetadataForPrecedence() {
        assertThat(Semver.parse("1.0.0+a")).isEqualByComparingTo(Semver.parse("1.0.0+b"));
        assertThat(Semver.parse("1.0.0-rc.1+x")).isEqualByComparingTo(Semver.parse("1.0.0-rc.1"));
        assertThat(Semver.parse("1.0.0-rc.1+zzz")).isLessThan(Semver.parse("1.0.0+aaa"));
    }

    @Test
    void treatsVersionsDifferingOnlyInBuildMetadataAsEqualSoEqualsAgreesWithCompareTo() {
        Semver a = Semver.parse("1.0.0+a");
        Semver b = Semver.parse("1.0.0+b");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).hasToString("1.0.0+a");
        assertThat(new TreeSet<>(List.of(a, b))).hasSize(1);
        assertThat(Semver.parse("1.0.0-alpha")).isNotEqualTo(Semver.parse("1.0.0-beta"));
        assertThat(Semver.parse("1.0.0")).isNotEqualTo(Semver.parse("1.0.0-0"));
    }
}
