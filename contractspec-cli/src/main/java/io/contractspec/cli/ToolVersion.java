package io.contractspec.cli;

import io.contractspec.annotations.Internal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this tool, and the versions of what it pins in new projects, as built (from a resource the build fills in). */
@Internal
public final class ToolVersion {

    private static final Properties PROPERTIES = load();

    private ToolVersion() {}

    public static String current() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** A version the build recorded, e.g. {@code plugin.compiler} or {@code junit.version}. */
    public static String of(String name) {
        String value = PROPERTIES.getProperty(name);
        if (value == null || value.startsWith("${")) {
            throw new IllegalStateException("the build did not record " + name + " in version.properties");
        }
        return value;
    }

    private static Properties load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
