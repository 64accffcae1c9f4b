package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.config.ProjectConfigs;
import io.contractspec.build.generate.GenerateSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The project a command works on: its root folder and its {@code .contractsrc.json}. Without
 * {@code --project-root}, the root is the nearest folder, from the current one upwards, that holds
 * {@code .contractsrc.json} (as git finds its repository), else the current folder.
 */
@Internal
public final class ProjectOptions {

    @Option(names = "--project-root", paramLabel = "<folder>",
            description = "The project root: where .contractsrc.json, the snapshot and generated/ live (default: the nearest folder upwards holding .contractsrc.json, else the current folder).")
    Path projectRoot;

    @Option(names = "--config", paramLabel = "<file>",
            description = "The configuration file (default: .contractsrc.json in the project root, if present).")
    Path config;

    private ProjectConfig loaded;

    public Path root() {
        if (projectRoot != null) {
            return projectRoot.toAbsolutePath().normalize();
        }
        return findRoot(Path.of("").toAbsolutePath().normalize());
    }

    /** The nearest folder from {@code start} upwards that holds {@code .contractsrc.json}, else {@code start}. */
    static Path findRoot(Path start) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(ProjectConfig.FILE_NAME))) {
                return folder;
            }
        }
        return start;
    }

    public ProjectConfig config() {
        if (loaded == null) {
            loaded = ProjectConfigs.resolve(config, root());
        }
        return loaded;
    }

    public GenerateSettings generateSettings(ProjectConfig config) {
        return GenerateSettings.of(config, root());
    }

    /** A path as the user should see it: relative to the current folder when below it. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
