package io.contractspec.docs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The site's static files, shipped as resources beside this class: style sheet and scripts. */
public final class SiteAssets {

    private static final String RESOURCES = "/io/contractspec/docs/site/";
    private static final List<String> FILES = List.of("style.css", "filters.js", "search.js");

    private SiteAssets() {}

    /** {@code assets/<name>} to content. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> assets = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in = SiteAssets.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCES + name + " is missing from the docs jar");
                }
                assets.put("assets/" + name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read resource " + RESOURCES + name, e);
            }
        }
        return assets;
    }
}
