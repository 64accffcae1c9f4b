package io.contractspec.cli.scaffold;

import io.contractspec.annotations.Internal;
import io.contractspec.build.load.LoadException;
import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.schema.Model;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The committed snapshot of a new project, from its sources: compiles the contract classes in a
 * temporary folder with the JDK's compiler (as Maven would: same line numbers, so the same source
 * locations) and writes their canonical snapshot. Without a JDK, there is no snapshot; the caller
 * says how to make one.
 */
@Internal
public final class ScaffoldSnapshot {

    private ScaffoldSnapshot() {}

    /** The snapshot text, or empty when this Java runtime has no compiler. */
    public static Optional<String> of(Map<String, String> sources, String moduleClass) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return Optional.empty();
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("contractspec-init");
            List<File> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = work.resolve("src").resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file.toFile());
            }
            Path classes = Files.createDirectories(work.resolve("classes"));
            StringWriter messages = new StringWriter();
            List<String> options = List.of("-g", "--release", "17", "-proc:none", "-d", classes.toString(), "-classpath", classpath());
            var fileManager = compiler.getStandardFileManager(null, null, null);
            boolean compiled = compiler.getTask(messages, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromFiles(files)).call();
            if (!compiled) {
                throw new LoadException("the sample contracts do not compile: " + messages);
            }
            try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                    ScaffoldSnapshot.class.getClassLoader())) {
                ContractModule module = (ContractModule) Class.forName(moduleClass, true, loader).getConstructor().newInstance();
                return Optional.of(Snapshot.write(ContractRegistry.builder().module(module).build()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new LoadException("the sample contract module cannot be created: " + e, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The tool's own classpath plus the jars of the contract API (which a shaded jar or a test runner may hide). */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Class<?> type : List.of(ContractModule.class, Model.class, com.fasterxml.jackson.databind.JsonNode.class,
                com.fasterxml.jackson.core.JsonParser.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                // a class without a code source (e.g. from the boot image) is found without help
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
