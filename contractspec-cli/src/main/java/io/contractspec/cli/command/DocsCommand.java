package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.Artifact;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.generate.GenerateSettings;
import io.contractspec.build.load.LoadedContracts;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec docs}: the Markdown pages or the HTML site, into a folder. */
@Command(mixinStandardHelpOptions = true, name = "docs", description = "Write the docs: Markdown pages (default) or the static HTML site.")
@Internal
public final class DocsCommand implements Callable<Integer> {

    enum Format { MARKDOWN, HTML }

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "markdown", description = "markdown or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "<folder>",
            description = "The folder to write the pages into (default: docs/ or site/ in the generated folder of .contractsrc.json).")
    Path out;

    @Override
    public Integer call() {
        Artifact artifact = Usage.choice("--format", format, Format.class) == Format.HTML ? Artifact.SITE : Artifact.DOCS;
        ProjectConfig config = project.config();
        GenerateSettings settings = project.generateSettings(config).withArtifacts(Set.of(artifact));
        String prefix = artifact == Artifact.SITE ? ArtifactGenerator.SITE_FOLDER : ArtifactGenerator.DOCS_FOLDER;
        Map<String, byte[]> files = new TreeMap<>();
        try (LoadedContracts loaded = contracts.load(project)) {
            ArtifactGenerator.of(settings).generate(loaded.registry())
                    .forEach((path, content) -> files.put(path.substring(prefix.length()), content));
        }
        Path folder = out != null ? out : project.root().resolve(config.outputDir()).resolve(prefix);
        int count = Output.files(files, folder);
        command.commandLine().getOut().printf("wrote %d files into %s%n", count, ProjectOptions.shown(folder));
        return 0;
    }
}
