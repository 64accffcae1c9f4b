package io.contractspec.docs.internal;

import static io.contractspec.docs.internal.HtmlText.escape;

import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecMeta;
import io.contractspec.core.spec.Stability;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The site's {@code index.html}: every spec, grouped by feature (the page folders) and by domain
 * (the spec's domain, or the first segment of its key), with filters by tag, owner and stability.
 * Without JavaScript every spec is listed; {@code assets/filters.js} hides what does not match.
 */
public final class IndexPage {

    private IndexPage() {}

    public static String render(Catalog catalog, List<Page> pages) {
        Labels labels = catalog.labels();
        HtmlRenderer html = new HtmlRenderer("");
        StringBuilder body = new StringBuilder();
        body.append("<h1 id=\"title\">").append(escape(catalog.siteTitle())).append("</h1>\n");
        body.append("<p class=\"counts\">").append(escape(labels.format("index.counts",
                String.valueOf(catalog.registry().operations().size()), String.valueOf(catalog.registry().events().size()),
                String.valueOf(catalog.registry().features().size()),
                String.valueOf(catalog.registry().capabilities().size())))).append("</p>\n");
        body.append(filters(catalog));
        body.append("<p id=\"no-match\" class=\"no-match\" hidden>").append(escape(labels.get("index.noMatch"))).append("</p>\n");
        body.append(view("by-feature", labels.get("index.byFeature"), true, byFeature(catalog, pages, html)));
        body.append(view("by-domain", labels.get("index.byDomain"), false, byDomain(catalog, pages, html)));
        return HtmlLayout.page(catalog, "", catalog.siteTitle(), labels.get("site.generated"), "index", body.toString(),
                List.of("assets/filters.js"));
    }

    private static String filters(Catalog catalog) {
        Labels labels = catalog.labels();
        List<Spec> specs = catalog.registry().all();
        TreeSet<String> tags = specs.stream().flatMap(spec -> spec.meta().tags().stream()).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> owners = specs.stream().flatMap(spec -> spec.meta().owners().stream()).collect(Collectors.toCollection(TreeSet::new));
        List<String> stabilities = Arrays.stream(Stability.values())
                .filter(stability -> specs.stream().anyMatch(spec -> spec.meta().stability() == stability))
                .map(Stability::wireName)
                .toList();
        return "<form id=\"filters\" class=\"filters\" aria-label=\"" + escape(labels.get("index.filters")) + "\">\n"
                + select("tag", labels.get("index.filter.tag"), new ArrayList<>(tags), labels)
                + select("owner", labels.get("index.filter.owner"), new ArrayList<>(owners), labels)
                + select("stability", labels.get("index.filter.stability"), stabilities, labels)
                + "</form>\n";
    }

    private static String select(String name, String label, List<String> values, Labels labels) {
        StringBuilder out = new StringBuilder("<label>").append(escape(label)).append(" <select name=\"").append(name)
                .append("\"><option value=\"\">").append(escape(labels.get("index.filter.all"))).append("</option>");
        values.forEach(value -> out.append("<option>").append(escape(value)).append("</option>"));
        return out.append("</select></label>\n").toString();
    }

    private static String view(String id, String heading, boolean open, String groups) {
        return "<details id=\"" + id + "\" class=\"view\"" + (open ? " open" : "") + ">\n<summary><h2>" + escape(heading)
                + "</h2></summary>\n" + groups + "</details>\n";
    }

    private static String byFeature(Catalog catalog, List<Page> pages, HtmlRenderer html) {
        Map<String, List<Page>> byFolder = new TreeMap<>();
        pages.forEach(page -> byFolder.computeIfAbsent(PageLayout.folderOf(page.path()), folder -> new ArrayList<>()).add(page));
        Map<String, FeatureSpec> features = new LinkedHashMap<>();
        catalog.registry().features().forEach(feature -> features.put(feature.key(), feature));
        StringBuilder out = new StringBuilder();
        byFolder.forEach((folder, members) -> {
            FeatureSpec feature = features.get(folder);
            String heading = feature == null
                    ? escape(catalog.labels().get("index.common"))
                    : html.link(catalog.layout().path(feature), escape(feature.meta().title().orElse(feature.key())))
                            + " <code>" + escape(feature.key()) + "</code>";
            String description = feature == null ? "" : feature.meta().description();
            out.append(group(folder, heading, description, members, catalog, html));
        });
        return out.toString();
    }

    private static String byDomain(Catalog catalog, List<Page> pages, HtmlRenderer html) {
        Map<String, List<Page>> byDomain = new TreeMap<>();
        pages.forEach(page -> byDomain.computeIfAbsent(domain(page.spec().meta()), domain -> new ArrayList<>()).add(page));
        StringBuilder out = new StringBuilder();
        byDomain.forEach((domain, members) -> out.append(group(domain, escape(domain), "", members, catalog, html)));
        return out.toString();
    }

    static String domain(SpecMeta meta) {
        return meta.domain().orElseGet(() -> meta.key().substring(0, (meta.key() + ".").indexOf('.')));
    }

    private static String group(String id, String headingHtml, String description, List<Page> members,
            Catalog catalog, HtmlRenderer html) {
        StringBuilder out = new StringBuilder("<section class=\"group\" data-group=\"").append(escape(id)).append("\">\n");
        out.append("<h3>").append(headingHtml).append("</h3>\n");
        if (!description.isBlank()) {
            out.append("<p>").append(escape(description)).append("</p>\n");
        }
        out.append("<ul class=\"specs\">\n");
        members.forEach(page -> out.append(item(page, catalog, html)));
        return out.append("</ul>\n</section>\n").toString();
    }

    private static String item(Page page, Catalog catalog, HtmlRenderer html) {
        SpecMeta meta = page.spec().meta();
        return "<li class=\"spec\" data-key=\"" + escape(meta.key()) + "\" data-type=\"" + page.spec().specType().wireName()
                + "\" data-tags=\"" + escape(joined(meta.tags())) + "\" data-owners=\"" + escape(joined(meta.owners()))
                + "\" data-stability=\"" + meta.stability().wireName() + "\">"
                + html.link(page.path(), "<code>" + escape(meta.key()) + "</code>")
                + " <span class=\"type\">" + escape(CommonSections.typeLabel(page.spec(), catalog.labels())) + "</span>"
                + " <span class=\"version\">v" + escape(meta.version()) + "</span>"
                + " <span class=\"stability\">" + meta.stability().wireName() + "</span>"
                + (meta.description().isBlank() ? "" : " <span class=\"description\">" + escape(meta.description()) + "</span>")
                + "</li>\n";
    }

    /** {@code |a|b|}: the filter script matches {@code |value|}, so values may contain spaces. */
    private static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining("|", "|", "|"));
    }
}
