package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;
import io.contractspec.build.load.LoadException;
import io.contractspec.build.load.SnapshotLoader;
import io.contractspec.core.registry.ContractRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads the baseline of the breaking-change check: a snapshot file when one exists at that path
 * (relative to the project root), otherwise a git ref whose committed snapshot is read with
 * {@code git show <ref>:./<snapshot file>}; {@code <ref>:<path>} names another file.
 */
@Internal
public final class Baselines {

    private Baselines() {}

    public static ContractRegistry read(String baseline, Path projectRoot, String snapshotFile) {
        return read(baseline, projectRoot, snapshotFile, "contractspec snapshot --out " + baseline);
    }

    /** As {@link #read(String, Path, String)}; a missing baseline file's message suggests {@code writeCommand}. */
    public static ContractRegistry read(String baseline, Path projectRoot, String snapshotFile, String writeCommand) {
        Path file = projectRoot.resolve(baseline);
        if (Files.isRegularFile(file)) {
            return SnapshotLoader.read(file);
        }
        if (baseline.endsWith(".json")) {
            throw new LoadException("the baseline snapshot " + file + " does not exist: write it with '" + writeCommand
                    + "' and commit it");
        }
        String object = baseline.contains(":") ? baseline : baseline + ":./" + snapshotFile;
        return SnapshotLoader.parse(gitShow(object, projectRoot), "git " + object);
    }

    private static String gitShow(String object, Path projectRoot) {
        ProcessBuilder builder = new ProcessBuilder(List.of("git", "show", object))
                .directory(projectRoot.toFile())
                .redirectErrorStream(false);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new LoadException("baseline '" + object + "' is neither a snapshot file nor readable from git"
                        + (err.isEmpty() ? "" : ": " + err.lines().findFirst().orElse(err)));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadException("baseline '" + object + "' is not a file, and git cannot be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted while reading baseline '" + object + "' from git", e);
        }
    }
}
