package io.contractspec.maven;

import io.contractspec.core.registry.ContractModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/**
 * A Maven project in a temporary folder whose output directory lists {@link PingContracts} as its
 * contract module (the class itself comes from the test class path, the parent of the goal's loader).
 */
final class MojoProjects {

    private MojoProjects() {}

    static MavenProject create(Path basedir) throws IOException {
        Path classes = basedir.resolve("target/classes");
        Path services = classes.resolve("META-INF/services/" + ContractModule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, PingContracts.class.getName() + "\n");
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("ping");
        model.setVersion("1.0.0");
        Build build = new Build();
        build.setDirectory(basedir.resolve("target").toString());
        build.setOutputDirectory(classes.toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        return project;
    }

    static <M extends ContractsMojo> M configure(M mojo, MavenProject project) {
        mojo.project = project;
        return mojo;
    }
}
