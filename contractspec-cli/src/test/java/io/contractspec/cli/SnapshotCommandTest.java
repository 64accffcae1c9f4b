package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.cli.fixture.FixtureContracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesTheCanonicalSnapshotToStandardOutput() {
        CliRun run = CliRun.of("snapshot", "--classpath", FIXTURE_CLASSPATH);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Snapshot.write(ContractRegistry.builder().module(new FixtureContracts()).build()));
    }

    @Test
    void writesToAFileAndReadsItBack() throws IOException {
        Path out = temp.resolve("nested/contracts.lock.json");
        assertThat(CliRun.of("snapshot", "-cp", FIXTURE_CLASSPATH, "--out", out.toString()).exitCode()).isZero();
        CliRun again = CliRun.of("snapshot", "--snapshot", out.toString());
        assertThat(again.out()).isEqualTo(Files.readString(out));
    }

    @Test
    void loadsContractsFromAJarOnTheClasspath() throws IOException {
        Path jar = temp.resolve("services.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/io.contractspec.core.registry.ContractModule"));
            out.write(Files.readAllBytes(Path.of("src/test/fixture/META-INF/services/io.contractspec.core.registry.ContractModule")));
        }
        CliRun run = CliRun.of("list", "--classpath", jar + java.io.File.pathSeparator + Path.of("target", "test-classes"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("notes.note.create@1.0.0");
    }
}
