package io.contractspec.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal run directly: passes on clean contracts, fails on drift and on a rewritten snapshot. */
class CheckGoalTest {

    @TempDir
    Path basedir;

    private MavenProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = MojoProjects.create(basedir);
        Files.writeString(basedir.resolve(".contractsrc.json"), "{\"generate\": {\"artifacts\": [\"docs\", \"json-schema\"]}}");
        snapshot().execute();
        MojoProjects.configure(new GenerateMojo(), project).execute();
    }

    @Test
    void passesAndWritesSarifAndJsonReports() throws Exception {
        check().execute();
        assertThat(basedir.resolve("target/contractspec/ci.sarif")).content().contains("\"version\": \"2.1.0\"");
        assertThat(basedir.resolve("target/contractspec/ci.json")).content().contains("\"passed\": true");
    }

    @Test
    void failsOnDriftOfTheGeneratedFolder() throws Exception {
        Files.writeString(basedir.resolve("generated/schemas/Pong.schema.json"), "{}");
        assertThatThrownBy(() -> check().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("the contract checks found problems");
        assertThat(basedir.resolve("target/contractspec/ci.json")).content().contains("GeneratedFileChanged");
        CheckMojo lenient = check();
        lenient.failOnFindings = false;
        lenient.execute();
    }

    @Test
    void failsWhenTheBuildHadToRewriteTheSnapshot() throws Exception {
        Files.writeString(basedir.resolve("contracts.lock.json"),
                "{\"capabilities\": [], \"events\": [], \"features\": [], \"operations\": [], \"snapshotVersion\": 1}");
        snapshot().execute();
        assertThatThrownBy(() -> check().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("contracts.lock.json did not match the contracts; this build rewrote it");
        snapshot().execute();
        check().execute();
    }

    private SnapshotMojo snapshot() {
        SnapshotMojo mojo = MojoProjects.configure(new SnapshotMojo(), project);
        mojo.snapshotFile = basedir.resolve("contracts.lock.json").toFile();
        return mojo;
    }

    private CheckMojo check() {
        CheckMojo mojo = MojoProjects.configure(new CheckMojo(), project);
        mojo.snapshotFile = "contracts.lock.json";
        mojo.drift = true;
        mojo.failOnFindings = true;
        return mojo;
    }
}
