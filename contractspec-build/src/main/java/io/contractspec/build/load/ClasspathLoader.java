package io.contractspec.build.load;

import io.contractspec.annotations.Internal;
import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.registry.ContractRegistry;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Discovers contracts on a classpath of jars and class folders: a {@link URLClassLoader} over the
 * entries, whose parent is the tool's own class loader (so both see one {@link ContractModule}
 * type), and {@link ServiceLoader} for the modules. An entry ending in {@code /*} means every jar of
 * that folder, as with {@code java -cp}. Close the {@link LoadedContracts} to release the jars.
 */
@Internal
public final class ClasspathLoader {

    private ClasspathLoader() {}

    /** Splits {@code a.jar:classes} (the platform's path separator) into entries. */
    public static List<Path> split(List<String> classpaths) {
        List<Path> entries = new ArrayList<>();
        for (String classpath : classpaths) {
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.addAll(expand(entry.trim()));
                }
            }
        }
        return entries;
    }

    public static LoadedContracts load(List<Path> entries, ClassLoader parent) {
        if (entries.isEmpty()) {
            throw new LoadException("the classpath is empty: give jars or class folders with --classpath");
        }
        URLClassLoader loader = new URLClassLoader(urls(entries), parent);
        String origin = "classpath " + String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
        try {
            return LoadedContracts.fromClasspath(discover(loader, origin), origin, loader);
        } catch (RuntimeException e) {
            closeQuietly(loader, e);
            throw e;
        }
    }

    /** The registry of every module the loader finds; a one-line {@link LoadException} when there is none or one fails. */
    public static ContractRegistry discover(ClassLoader loader, String origin) {
        try {
            if (ServiceLoader.load(ContractModule.class, loader).stream().findAny().isEmpty()) {
                throw new LoadException("no ContractModule found on the " + origin + ": list your module class in "
                        + "META-INF/services/" + ContractModule.class.getName());
            }
            return ContractRegistry.discover(loader);
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new LoadException("cannot load the contracts on the " + origin + ": " + rootMessage(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new LoadException("the contracts on the " + origin + " are invalid: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(URLClassLoader loader, RuntimeException failure) {
        try {
            loader.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static List<Path> expand(String entry) {
        if (!entry.endsWith("/*") && !entry.endsWith(File.separator + "*")) {
            return List.of(Path.of(entry));
        }
        Path folder = Path.of(entry.substring(0, entry.length() - 2));
        if (!Files.isDirectory(folder)) {
            throw new LoadException("classpath entry '" + entry + "': folder " + folder + " does not exist");
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            throw new LoadException("classpath entry '" + entry + "' cannot be listed: " + e.getMessage(), e);
        }
        jars.sort(null);
        return jars;
    }

    private static URL[] urls(List<Path> entries) {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = entries.get(i);
            if (!Files.exists(entry)) {
                throw new LoadException("classpath entry '" + entry + "' does not exist");
            }
            try {
                urls[i] = entry.toAbsolutePath().normalize().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new LoadException("classpath entry '" + entry + "' is not a valid location: " + e.getMessage(), e);
            }
        }
        return urls;
    }

    /** The innermost message, e.g. the spec check that failed inside a static initializer. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == error ? message : message + " (" + root.getClass().getSimpleName() + ")";
    }
}
