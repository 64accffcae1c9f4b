package io.contractspec.maven;

import io.contractspec.annotations.Internal;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.core.snapshot.Snapshot;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the canonical snapshot of the project's contracts, by default {@code contracts.lock.json}
 * in the module folder. When the content changes, the previous file is kept as
 * {@code target/contractspec/previous.lock.json}: the default baseline of {@code check}, which
 * also fails the build then, so that a changed snapshot is reviewed and committed (a rebuild passes
 * once it is up to date).
 */
@Mojo(name = "snapshot", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Internal
public final class SnapshotMojo extends ContractsMojo {

    /** Where the previous snapshot is kept when this goal changes it. */
    static final String PREVIOUS = "contractspec/previous.lock.json";

    @Parameter(property = "contractspec.snapshotFile", defaultValue = "${project.basedir}/contracts.lock.json")
    File snapshotFile;

    @Override
    void run() throws MojoExecutionException {
        String snapshot;
        try (LoadedContracts contracts = contracts()) {
            snapshot = Snapshot.write(contracts.registry());
        }
        Path file = snapshotFile.toPath();
        try {
            if (Files.isRegularFile(file)) {
                String previous = Files.readString(file, StandardCharsets.UTF_8);
                Path kept = Path.of(project.getBuild().getDirectory()).resolve(PREVIOUS);
                if (previous.equals(snapshot)) {
                    Files.deleteIfExists(kept);
                    getLog().info("contractspec: " + file.getFileName() + " is up to date");
                    return;
                }
                Files.createDirectories(kept.getParent());
                Files.writeString(kept, previous, StandardCharsets.UTF_8);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, snapshot, StandardCharsets.UTF_8);
            getLog().warn("contractspec: wrote " + file + "; commit it with the contract changes");
        } catch (IOException e) {
            throw new MojoExecutionException("contractspec: cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
