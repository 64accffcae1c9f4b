package io.contractspec.docs;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Spec;
import io.contractspec.docs.internal.Catalog;
import io.contractspec.docs.internal.MarkdownRenderer;
import io.contractspec.docs.internal.Page;
import io.contractspec.docs.internal.PageLayout;
import io.contractspec.docs.internal.Pages;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Markdown docs: one page per spec (operations, events, features, capabilities) in the seed
 * page's format, at {@code <feature key, or _common>/<spec key>.md}. The same registry and options
 * give the same bytes on every run and machine.
 *
 * <pre>{@code
 * DocsGenerator.markdown(registry, DocsOptions.builder()
 *         .sourceResolver(SourceResolver.discover(projectRoot))
 *         .build())
 *     .writeTo(Path.of("target/docs"));
 * }</pre>
 */
@PublicApi
public final class DocsGenerator {

    private DocsGenerator() {}

    public static GeneratedDocs markdown(ContractRegistry registry, DocsOptions options) {
        Catalog catalog = new Catalog(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(options, "options"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Page page : Pages.all(catalog)) {
            files.put(page.path() + ".md", MarkdownRenderer.render(page, catalog.labels()).getBytes(StandardCharsets.UTF_8));
        }
        return new GeneratedDocs(files);
    }

    /**
     * Where {@link #markdown} puts the page of each spec of the registry (e.g.
     * {@code workflow.instances/workflow.instance.resume.md}), in registry order; for surfaces that
     * serve one spec's page, such as the MCP resources.
     */
    public static Map<Spec, String> markdownPaths(ContractRegistry registry) {
        PageLayout layout = new PageLayout(Objects.requireNonNull(registry, "registry"));
        Map<Spec, String> paths = new LinkedHashMap<>();
        registry.all().forEach(spec -> paths.put(spec, layout.path(spec) + ".md"));
        return paths;
    }
}
