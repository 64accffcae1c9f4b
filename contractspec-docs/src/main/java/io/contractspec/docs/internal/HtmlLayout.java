package io.contractspec.docs.internal;

import static io.contractspec.docs.internal.HtmlText.escape;

import java.util.List;

/** The frame of every site page: head, header with the site title and a search box, main, scripts. */
final class HtmlLayout {

    private HtmlLayout() {}

    /**
     * @param root the way from the page to the site root, {@code ""} or {@code "../"}
     * @param generatedNote the "generated, do not edit" comment
     */
    static String page(Catalog catalog, String root, String title, String generatedNote, String mainClass,
            String body, List<String> scripts) {
        Labels labels = catalog.labels();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n");
        out.append("<!-- ").append(generatedNote.replace("--", "- -")).append(" -->\n");
        out.append("<html lang=\"").append(escape(labels.get("html.lang"))).append("\">\n<head>\n");
        out.append("<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
        out.append("<link rel=\"stylesheet\" href=\"").append(root).append("assets/style.css\">\n");
        out.append("</head>\n<body>\n<header class=\"site-header\">\n");
        out.append("<a class=\"site-title\" href=\"").append(root).append("index.html\">")
                .append(escape(catalog.siteTitle())).append("</a>\n");
        out.append("<form class=\"site-search\" action=\"").append(root).append("search.html\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"").append(escape(labels.get("search.placeholder")))
                .append("\" aria-label=\"").append(escape(labels.get("search.title"))).append("\">")
                .append("<button type=\"submit\">").append(escape(labels.get("search.button"))).append("</button></form>\n");
        out.append("</header>\n<main class=\"").append(mainClass).append("\">\n");
        out.append(body);
        out.append("</main>\n");
        scripts.forEach(script -> out.append("<script src=\"").append(root).append(script).append("\"></script>\n"));
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
