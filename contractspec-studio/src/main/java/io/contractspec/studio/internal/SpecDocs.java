package io.contractspec.studio.internal;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.docs.DocsGenerator;
import io.contractspec.docs.DocsOptions;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown page of each spec, made by the docs module (the seed page's format), by spec key.
 * The Studio shows the page's facts and its source definition; the docs module decides them.
 */
final class SpecDocs {

    private final Map<String, String> byKey;

    private SpecDocs(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    static SpecDocs of(ContractRegistry registry, DocsOptions options) {
        Map<String, String> pages = new HashMap<>();
        DocsGenerator.markdown(registry, options).toMap().forEach((path, content) -> {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.endsWith(".md")) {
                pages.put(name.substring(0, name.length() - ".md".length()), new String(content, StandardCharsets.UTF_8));
            }
        });
        return new SpecDocs(pages);
    }

    Optional<String> markdown(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
