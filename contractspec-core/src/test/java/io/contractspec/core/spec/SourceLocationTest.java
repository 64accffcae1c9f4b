package io.contractspec.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.Contracts;
import io.contractspec.schema.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * A spec records where {@code build()} was called. These tests live in the library's own package
 * on purpose: the caller must be told apart from the library by more than its package name.
 */
class SourceLocationTest {

    private static final String THIS_FILE = "io/contractspec/core/spec/SourceLocationTest.java";

    /** The line of the statement before the call. */
    private static int previousLine() {
        return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow()).getLineNumber() - 1;
    }

    @Test
    void recordsTheFileAndLineOfTheBuildCallOfAnOperation() {
        OperationSpec spec = Fixtures.operation()
                .goal("Get a decision.")
                .build();
        int buildLine = previousLine();

        assertThat(spec.source()).isEqualTo(new SourceLocation(THIS_FILE, buildLine));
        assertThat(spec.source().isKnown()).isTrue();
    }

    @Test
    void recordsTheBuildCallOfEverySpecType() {
        EventSpec event = Fixtures.event().build();
        int eventLine = previousLine();
        FeatureSpec feature = Contracts.feature("loan", "1.0.0").build();
        int featureLine = previousLine();
        CapabilitySpec capability = Contracts.capability("loan.scoring", "1.0.0").kind(CapabilitySpec.Kind.API).build();
        int capabilityLine = previousLine();

        assertThat(event.source()).isEqualTo(new SourceLocation(THIS_FILE, eventLine));
        assertThat(feature.source()).isEqualTo(new SourceLocation(THIS_FILE, featureLine));
        assertThat(capability.source()).isEqualTo(new SourceLocation(THIS_FILE, capabilityLine));
    }

    @Test
    void recordsTheCallerOfBuildNotTheCallerThatStartedTheBuilder() {
        OperationBuilder started = Fixtures.operation();

        OperationSpec spec = started.build();
        int buildLine = previousLine();

        assertThat(spec.source()).isEqualTo(new SourceLocation(THIS_FILE, buildLine));
    }

    @Test
    void prefersAnExplicitSource() {
        SourceLocation declared = new SourceLocation("com/acme/loans/LoanContracts.java", 42);

        OperationSpec spec = Fixtures.operation().source(declared).build();

        assertThat(spec.source()).isEqualTo(declared);
        assertThat(Fixtures.event().source(SourceLocation.NONE).build().source()).isEqualTo(SourceLocation.NONE);
    }

    @Test
    void keepsTheOriginalSourceThroughToBuilder() {
        OperationSpec spec = Fixtures.operation().build();

        OperationSpec changed = spec.toBuilder().description("changed").build();

        assertThat(changed.source()).isEqualTo(spec.source());
    }
}
