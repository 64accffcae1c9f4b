package io.contractspec.testing.compile;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.spec.Spec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java sources (an OpenAPI import's, say) with javax.tools against the test
 * class path in memory, and loads their {@code ContractModule}: what a user's build would do with
 * the files, without writing them.
 *
 * <pre>{@code
 * InMemoryCompiler.Outcome outcome = InMemoryCompiler.compile(result.sources());
 * List<Spec> specs = outcome.specs("com.acme.orders"); // its ImportedContracts module
 * }</pre>
 */
@PublicApi
public final class InMemoryCompiler {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    /** The errors, one per line; empty when everything compiled. */
    public record Outcome(List<String> errors, Map<String, byte[]> classes) {

        public boolean compiled() {
            return errors.isEmpty();
        }

        /** The specs of the package's compiled {@code ImportedContracts} module; throws when a constant cannot be built. */
        public List<Spec> specs(String javaPackage) {
            ClassLoader loader = new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] bytes = classes.get(name);
                    if (bytes == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, bytes, 0, bytes.length);
                }
            };
            try {
                Class<?> module = loader.loadClass(javaPackage + ".ImportedContracts");
                return ((ContractModule) module.getConstructor().newInstance()).specs();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private InMemoryCompiler() {}

    /** Compiles the {@code .java} entries of path → text; other entries are left alone. */
    public static Outcome compile(SortedMap<String, String> sources) {
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> {
            if (path.endsWith(".java")) {
                units.add(new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return text;
                    }
                });
            }
        });
        Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = COMPILER.getStandardFileManager(diagnostics, Locale.ROOT, null);
        ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public ByteArrayOutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        outputs.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<String> options = List.of("--release", "17", "-proc:none", "-classpath", System.getProperty("java.class.path"));
        boolean ok = COMPILER.getTask(null, files, diagnostics, options, null, units).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add((diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
                        + diagnostic.getLineNumber() + ": ") + diagnostic.getMessage(Locale.ROOT));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add("javac failed without an error message");
        }
        try {
            files.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> classes = new HashMap<>();
        outputs.forEach((name, out) -> classes.put(name, out.toByteArray()));
        return new Outcome(errors, classes);
    }
}
