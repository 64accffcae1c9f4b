package io.contractspec.cli.scaffold;

import io.contractspec.annotations.Internal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Java names derived from spec keys: {@code workflow.instance.resume} → {@code WorkflowInstanceResume}, {@code RESUME}. */
@Internal
public final class JavaNames {

    private JavaNames() {}

    public static String className(String key) {
        return Arrays.stream(key.split("[.\\-]"))
                .filter(part -> !part.isEmpty())
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining());
    }

    /** The constant for the last segment of the key, e.g. {@code RESUME}. */
    public static String constant(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        String name = last.replace('-', '_').toUpperCase(Locale.ROOT);
        return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
    }

    public static boolean isPackageName(String name) {
        return name.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
    }
}
