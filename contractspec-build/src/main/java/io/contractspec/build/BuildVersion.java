package io.contractspec.build;

import io.contractspec.annotations.Internal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the build tools as built (from a resource the build fills in), e.g. for SARIF's tool entry. */
@Internal
public final class BuildVersion {

    private static final String VERSION = load();

    private BuildVersion() {}

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
