package io.contractspec.docs.internal;

import java.util.List;

/** A spec's page of the site: its blocks inside the site frame. */
public final class HtmlPages {

    private HtmlPages() {}

    public static String spec(Catalog catalog, Page page) {
        String body = "<nav class=\"breadcrumb\"><a href=\"../index.html\">" + HtmlText.escape(catalog.labels().get("nav.index"))
                + "</a> / " + HtmlText.escape(PageLayout.folderOf(page.path())) + "</nav>\n"
                + new HtmlRenderer("../").blocks(page.blocks());
        String generated = catalog.labels().format("page.generated", page.spec().ref().toString());
        return HtmlLayout.page(catalog, "../", page.spec().key() + " · " + catalog.siteTitle(), generated,
                "spec " + page.spec().specType().wireName(), body, List.of());
    }
}
