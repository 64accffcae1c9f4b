package io.contractspec.governance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.Semver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionBumpTest {

    @ParameterizedTest(name = "{0} → {1} is {2}")
    @CsvSource({
        "1.0.0, 1.0.0, NONE",
        "1.0.0, 1.0.0+build.7, NONE",
        "1.0.0-alpha, 1.0.0-beta, PRE_RELEASE",
        "1.0.0-beta, 1.0.0, PRE_RELEASE",
        "1.0.0, 1.0.1, PATCH",
        "1.0.0, 1.0.1-alpha, PATCH",
        "1.0.0-rc.1, 1.0.1, PATCH",
        "1.0.9, 1.1.0, MINOR",
        "1.9.9, 2.0.0-alpha, MAJOR",
        "1.2.0, 1.1.0, LOWER",
        "1.0.0, 1.0.0-rc.1, LOWER"
    })
    void tellsEachKindOfMoveApart(String before, String after, VersionBump expected) {
        assertThat(VersionBump.between(Semver.parse(before), Semver.parse(after))).isEqualTo(expected);
    }
}
