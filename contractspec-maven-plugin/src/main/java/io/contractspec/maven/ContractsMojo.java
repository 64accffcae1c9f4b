package io.contractspec.maven;

import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.config.ProjectConfigs;
import io.contractspec.build.load.ClasspathLoader;
import io.contractspec.build.load.LoadException;
import io.contractspec.build.load.LoadedContracts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the project, its runtime classpath (compiled classes and dependencies)
 * as the place contracts are discovered, and {@code .contractsrc.json}. A load or configuration
 * problem fails the build with its one-line message.
 */
abstract class ContractsMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The configuration file; by default {@code .contractsrc.json} in the module folder, if present. */
    @Parameter(property = "contractspec.config")
    File configFile;

    /** Skips the goal. */
    @Parameter(property = "contractspec.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contractspec: skipped");
            return;
        }
        try {
            run();
        } catch (LoadException e) {
            throw new MojoExecutionException("contractspec: " + e.getMessage(), e);
        }
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    Path projectRoot() {
        return project.getBasedir().toPath();
    }

    ProjectConfig config() {
        return ProjectConfigs.resolve(configFile == null ? null : configFile.toPath(), projectRoot());
    }

    LoadedContracts contracts() throws MojoExecutionException {
        List<String> elements;
        try {
            elements = project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("contractspec: the runtime classpath is not resolved: " + e.getMessage(), e);
        }
        List<Path> entries = elements.stream().map(Path::of).filter(path -> path.toFile().exists()).toList();
        return ClasspathLoader.load(entries, getClass().getClassLoader());
    }
}
