package io.contractspec.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code client} goal on a project whose classpath holds {@link PingContracts}. */
class ClientGoalTest {

    @TempDir
    Path basedir;

    @Test
    void writesTheTypeScriptClientNamedByTheConfiguration() throws Exception {
        MavenProject project = MojoProjects.create(basedir);
        Files.writeString(basedir.resolve(".contractsrc.json"), "{\"generate\": {\"typescript\": {\"packageName\": \"ping-client\"}}}");
        ClientMojo mojo = MojoProjects.configure(new ClientMojo(), project);
        mojo.clientDir = basedir.resolve("target/typescript-client").toFile();

        mojo.execute();

        assertThat(basedir.resolve("target/typescript-client/package.json")).content().contains("\"ping-client\"");
        assertThat(basedir.resolve("target/typescript-client/src/client.ts")).content().contains("ping: (call?: CallOptions)");
    }
}
