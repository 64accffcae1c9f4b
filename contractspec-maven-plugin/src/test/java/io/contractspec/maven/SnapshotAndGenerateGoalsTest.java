package io.contractspec.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals run directly, on a project whose classpath holds {@link PingContracts}. */
class SnapshotAndGenerateGoalsTest {

    @TempDir
    Path basedir;

    @Test
    void snapshotWritesTheLockFileAndKeepsTheOneItReplaces() throws Exception {
        MavenProject project = MojoProjects.create(basedir);
        Path lock = basedir.resolve("contracts.lock.json");
        Files.writeString(lock, "{\"old\": true}");
        SnapshotMojo mojo = MojoProjects.configure(new SnapshotMojo(), project);
        mojo.snapshotFile = lock.toFile();
        mojo.execute();
        assertThat(lock).hasContent(Snapshot.write(ContractRegistry.builder().module(new PingContracts()).build()));
        assertThat(basedir.resolve("target").resolve(SnapshotMojo.PREVIOUS)).hasContent("{\"old\": true}");
        mojo.execute();
        assertThat(basedir.resolve("target").resolve(SnapshotMojo.PREVIOUS)).as("up to date: nothing replaced").doesNotExist();
    }

    @Test
    void generateWritesTheConfiguredArtifacts() throws Exception {
        MavenProject project = MojoProjects.create(basedir);
        Files.writeString(basedir.resolve(".contractsrc.json"), "{\"generate\": {\"artifacts\": [\"docs\", \"json-schema\"]}}");
        MojoProjects.configure(new GenerateMojo(), project).execute();
        assertThat(basedir.resolve("generated/schemas/Pong.schema.json")).exists();
        assertThat(basedir.resolve("generated/docs/_common/system.ping.md")).exists();
    }

    @Test
    void aLoadProblemFailsTheBuildWithItsMessage() throws Exception {
        MavenProject project = MojoProjects.create(basedir);
        Files.delete(basedir.resolve("target/classes/META-INF/services/io.contractspec.core.registry.ContractModule"));
        SnapshotMojo mojo = MojoProjects.configure(new SnapshotMojo(), project);
        mojo.snapshotFile = basedir.resolve("contracts.lock.json").toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("contractspec: no ContractModule found on the classpath");
    }

    @Test
    void skipDoesNothing() throws Exception {
        SnapshotMojo mojo = MojoProjects.configure(new SnapshotMojo(), MojoProjects.create(basedir));
        mojo.snapshotFile = basedir.resolve("contracts.lock.json").toFile();
        mojo.skip = true;
        mojo.execute();
        assertThat(basedir.resolve("contracts.lock.json")).doesNotExist();
    }
}
