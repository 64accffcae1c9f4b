package io.contractspec.docs.internal;

import static io.contractspec.docs.internal.HtmlText.escape;

import java.util.List;

/**
 * Writes blocks as HTML. Links to other pages are relative: {@code root} leads from the current
 * page to the site root ({@code ""} at the root, {@code "../"} on a spec page).
 */
public final class HtmlRenderer {

    private final String root;

    public HtmlRenderer(String root) {
        this.root = root;
    }

    public String blocks(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        blocks.forEach(block -> block(out, block));
        return out.toString();
    }

    private void block(StringBuilder out, Block block) {
        if (block instanceof Block.Heading heading) {
            out.append("<h").append(heading.level()).append(" id=\"").append(escape(heading.anchor())).append("\">")
                    .append(escape(heading.text())).append("</h").append(heading.level()).append(">\n");
        } else if (block instanceof Block.Paragraph paragraph) {
            out.append("<p>").append(inlines(paragraph.content())).append("</p>\n");
        } else if (block instanceof Block.Properties properties) {
            out.append("<ul class=\"properties\">\n");
            properties.items().forEach(item -> out.append("<li><span class=\"label\">").append(escape(item.label()))
                    .append(":</span> <span class=\"value\">").append(inlines(item.value())).append("</span></li>\n"));
            out.append("</ul>\n");
        } else if (block instanceof Block.Items items) {
            out.append("<ul>\n");
            items.items().forEach(item -> out.append("<li>").append(inlines(item)).append("</li>\n"));
            out.append("</ul>\n");
        } else if (block instanceof Block.Table table) {
            table(out, table);
        } else if (block instanceof Block.CodeBlock code) {
            out.append("<pre><code class=\"language-").append(escape(code.language())).append("\">")
                    .append(escape(code.text())).append("</code></pre>\n");
        }
    }

    private void table(StringBuilder out, Block.Table table) {
        out.append("<div class=\"table\"><table>\n<thead><tr>");
        table.header().forEach(cell -> out.append("<th>").append(escape(cell)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<List<Inline>> row : table.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(inlines(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    public String inlines(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text text) {
                out.append(escape(text.text()));
            } else if (inline instanceof Inline.Code code) {
                out.append("<code>").append(escape(code.text())).append("</code>");
            } else if (inline instanceof Inline.SpecLink link) {
                out.append(link(link.page(), "<code>" + escape(link.text()) + "</code>"));
            }
        }
        return out.toString();
    }

    /** An anchor to a page (path without extension), or the bare content when there is no page. */
    public String link(String page, String html) {
        return page.isEmpty() ? html : "<a href=\"" + escape(href(page)) + "\">" + html + "</a>";
    }

    public String href(String page) {
        return root + page + ".html";
    }
}
