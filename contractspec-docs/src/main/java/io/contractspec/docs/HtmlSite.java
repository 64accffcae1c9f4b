package io.contractspec.docs;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.docs.internal.Catalog;
import io.contractspec.docs.internal.HtmlPages;
import io.contractspec.docs.internal.IndexPage;
import io.contractspec.docs.internal.Page;
import io.contractspec.docs.internal.Pages;
import io.contractspec.docs.internal.SearchPage;
import io.contractspec.docs.internal.SiteAssets;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A static HTML reference site from the same pages as the Markdown docs:
 * <ul>
 *   <li>{@code index.html}: every spec grouped by feature and by domain, with filters by tag,
 *       owner and stability;</li>
 *   <li>{@code <feature key, or _common>/<spec key>.html}: one page per spec;</li>
 *   <li>{@code search.html} and {@code search-index.js}: client-side search;</li>
 *   <li>{@code assets/}: a style sheet and two small scripts.</li>
 * </ul>
 * No CDN, no fetch: the site works opened from {@code file://} as well as served, e.g. by a web
 * adapter mounting {@link GeneratedDocs#toMap()} at {@code /docs}.
 */
@PublicApi
public final class HtmlSite {

    private HtmlSite() {}

    public static GeneratedDocs generate(ContractRegistry registry, DocsOptions options) {
        Catalog catalog = new Catalog(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(options, "options"));
        List<Page> pages = Pages.all(catalog);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", utf8(IndexPage.render(catalog, pages)));
        files.put("search.html", utf8(SearchPage.render(catalog)));
        files.put(SearchPage.INDEX_SCRIPT, utf8(SearchPage.indexScript(catalog, pages)));
        for (Page page : pages) {
            files.put(page.path() + ".html", utf8(HtmlPages.spec(catalog, page)));
        }
        files.putAll(SiteAssets.all());
        return new GeneratedDocs(files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
