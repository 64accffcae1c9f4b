package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorAndCompletionTest {

    @TempDir
    Path temp;

    @Test
    void doctorPassesForAHealthyProject() {
        CliRun run = CliRun.of("doctor", "--project-root", temp.toString(), "--classpath", FIXTURE_CLASSPATH);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ok   java").contains("ok   classpath  4 specs load").contains("all checks passed");
    }

    @Test
    void doctorReportsAClasspathThatDoesNotLoad() {
        CliRun run = CliRun.of("doctor", "--project-root", temp.toString(), "--classpath", temp.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL classpath  no ContractModule found").contains("1 check(s) failed");
    }

    @Test
    void printsABashCompletionScript() {
        CliRun run = CliRun.of("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F _complete_contractspec").contains("snapshot");
    }

    @Test
    void printsItsVersion() {
        assertThat(CliRun.of("--version").out()).startsWith("contractspec 0.1.0");
    }
}
