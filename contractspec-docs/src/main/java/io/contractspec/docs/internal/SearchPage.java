package io.contractspec.docs.internal;

import static io.contractspec.docs.internal.HtmlText.escape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.snapshot.CanonicalJson;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecMeta;
import java.util.List;
import java.util.Locale;

/**
 * Client-side search: {@code search.html}, and {@code search-index.js} that assigns the index to
 * {@code window.CONTRACTSPEC_SEARCH_INDEX}. A script rather than a JSON file, because browsers do
 * not let a page opened from {@code file://} fetch files. The page searches for the {@code q}
 * parameter of its URL ({@code search.html?q=resume}, or {@code #q=resume}) and as one types.
 */
public final class SearchPage {

    public static final String INDEX_SCRIPT = "search-index.js";

    private SearchPage() {}

    public static String render(Catalog catalog) {
        Labels labels = catalog.labels();
        String body = "<h1 id=\"title\">" + escape(labels.get("search.title")) + "</h1>\n"
                + "<form id=\"search-form\" class=\"search-form\" action=\"search.html\" method=\"get\" role=\"search\">"
                + "<input id=\"q\" type=\"search\" name=\"q\" autofocus placeholder=\""
                + escape(labels.get("search.placeholder")) + "\" aria-label=\"" + escape(labels.get("search.title")) + "\">"
                + "<button type=\"submit\">" + escape(labels.get("search.button")) + "</button></form>\n"
                + "<p id=\"status\" class=\"status\" data-results=\"" + escape(labels.get("search.results"))
                + "\" data-none=\"" + escape(labels.get("search.none")) + "\">" + escape(labels.get("search.prompt")) + "</p>\n"
                + "<ol id=\"results\" class=\"results\"></ol>\n";
        return HtmlLayout.page(catalog, "", labels.get("search.title") + " · " + catalog.siteTitle(), labels.get("site.generated"),
                "search", body, List.of(INDEX_SCRIPT, "assets/search.js"));
    }

    /** One entry per page, in registry order; {@code text} is what a query is matched against, in lower case. */
    public static String indexScript(Catalog catalog, List<Page> pages) {
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        HtmlRenderer html = new HtmlRenderer("");
        for (Page page : pages) {
            SpecMeta meta = page.spec().meta();
            String type = CommonSections.typeLabel(page.spec(), catalog.labels());
            ObjectNode entry = entries.addObject()
                    .put("key", meta.key())
                    .put("version", meta.version())
                    .put("type", type)
                    .put("stability", meta.stability().wireName())
                    .put("description", meta.description())
                    .put("url", html.href(page.path()));
            StringBuilder text = new StringBuilder(meta.key()).append(' ').append(meta.description()).append(' ').append(type);
            meta.title().ifPresent(title -> text.append(' ').append(title));
            if (page.spec() instanceof OperationSpec operation) {
                text.append(' ').append(operation.goal()).append(' ').append(operation.context());
            }
            meta.tags().forEach(tag -> text.append(' ').append(tag));
            meta.owners().forEach(owner -> text.append(' ').append(owner));
            entry.put("text", text.toString().toLowerCase(Locale.ROOT));
        }
        return "window.CONTRACTSPEC_SEARCH_INDEX = " + CanonicalJson.write(entries).strip() + ";\n";
    }
}
