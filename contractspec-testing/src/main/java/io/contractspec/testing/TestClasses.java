package io.contractspec.testing;

import io.contractspec.annotations.PublicApi;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the classes of a package and its sub-packages by walking the class loader's directories
 * for that package, such as {@code target/test-classes}. Classes inside jars are not listed: test
 * classes live in directories, and scanning jars would only slow this down.
 */
@PublicApi
public final class TestClasses {

    private TestClasses() {}

    /** The classes under the package, by the thread's context class loader; sorted by name. */
    public static List<Class<?>> inPackage(String packageName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return inPackage(packageName, loader != null ? loader : TestClasses.class.getClassLoader());
    }

    /** The classes under the package found in the loader's directories, sorted by name; not initialized. */
    public static List<Class<?>> inPackage(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    names.addAll(classNames(Path.of(root.toURI()), packageName));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list package " + packageName, e);
        }
        return names.stream().distinct().sorted().<Class<?>>map(name -> load(name, loader)).toList();
    }

    private static List<String> classNames(Path directory, String packageName) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> directory.relativize(file).toString())
                    .map(relative -> relative.substring(0, relative.length() - ".class".length()))
                    .filter(relative -> !relative.endsWith("module-info") && !relative.endsWith("package-info"))
                    .map(relative -> packageName + "." + relative.replace(File.separatorChar, '.'))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load test class " + name + ": " + e, e);
        }
    }
}
