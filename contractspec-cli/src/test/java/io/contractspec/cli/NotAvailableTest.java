package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands whose module is not part of this build say so and exit with 2; none pretends to succeed.
 * (This build does not have the governance module.)
 */
class NotAvailableTest {

    @TempDir
    Path temp;

    @Test
    void lintAndCiNeedTheGovernanceModule() {
        LoadErrorsTest.assertUsageError(CliRun.of("validate", "-cp", FIXTURE_CLASSPATH),
                "lint is not available in this build (it needs the contractspec-governance module)");
        LoadErrorsTest.assertUsageError(CliRun.of("ci", "-cp", FIXTURE_CLASSPATH), "lint is not available in this build");
        String lock = temp.resolve("contracts.lock.json").toString();
        CliRun.of("snapshot", "-cp", FIXTURE_CLASSPATH, "--out", lock);
        LoadErrorsTest.assertUsageError(CliRun.of("diff", lock, lock), "the breaking-change check is not available in this build");
    }
}
