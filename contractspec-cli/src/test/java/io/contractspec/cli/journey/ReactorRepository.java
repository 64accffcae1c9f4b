package io.contractspec.cli.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A temporary Maven local repository holding this build's own artifacts (the parent POM, the BOM and
 * the modules a new project uses, copied from the reactor's folders: during {@code mvn verify}
 * nothing is installed), and a settings file whose only repository is the developer's local
 * repository, as a {@code file:} mirror, for everything else (plugins, third-party libraries — all of
 * which the reactor build itself has just resolved). Maven runs offline against both.
 */
final class ReactorRepository {

    /** The modules a project made by {@code init} depends on, directly or not. */
    static final List<String> MODULES = List.of("contractspec-schema", "contractspec-core", "contractspec-runtime",
            "contractspec-testing");

    private final Path settings;

    private ReactorRepository(Path settings) {
        this.settings = settings;
    }

    static ReactorRepository create(Path reactor, String version, Path developerRepository, Path folder) throws IOException {
        Path repository = Files.createDirectories(folder.resolve("repository"));
        install(repository, "contractspec-parent", version, reactor.resolve("pom.xml"), null);
        install(repository, "contractspec-bom", version, reactor.resolve("contractspec-bom/pom.xml"), null);
        for (String module : MODULES) {
            Path jar = reactor.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new AssertionError(jar + " is missing: build the reactor first (mvn -DskipTests package)");
            }
            install(repository, module, version, reactor.resolve(module).resolve("pom.xml"), jar);
        }
        Path settings = folder.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror>
                      <id>developer-local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(repository.toAbsolutePath(), developerRepository.toAbsolutePath().toUri()));
        return new ReactorRepository(settings);
    }

    /** The arguments that make {@code mvn} use this repository, offline ({@code file:} still reachable). */
    List<String> mavenArguments() {
        return List.of("-B", "-q", "-o", "-Daether.offline.protocols=file", "-s", settings.toString());
    }

    private static void install(Path repository, String artifactId, String version, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("io/contractspec").resolve(artifactId).resolve(version));
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
