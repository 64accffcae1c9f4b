package io.contractspec.cli.command;

import io.contractspec.cli.config.ProjectConfig;
import io.contractspec.cli.config.ProjectConfigs;
import io.contractspec.cli.generate.GenerateSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The project a command works on: its root folder and its {@code .contractsrc.json}. */
public final class ProjectOptions {

    @Option(names = "--project-root", paramLabel = "<folder>", defaultValue = ".",
            description = "The project root: where .contractsrc.json, sources, the snapshot and generated/ live (default: ${DEFAULT-VALUE}).")
    Path projectRoot;

    @Option(names = "--config", paramLabel = "<file>",
            description = "The configuration file (default: .contractsrc.json in the project root, if present).")
    Path config;

    public Path root() {
        return projectRoot.toAbsolutePath().normalize();
    }

    public ProjectConfig config() {
        return ProjectConfigs.resolve(config, root());
    }

    public GenerateSettings generateSettings(ProjectConfig config) {
        return GenerateSettings.of(config, root());
    }
}
