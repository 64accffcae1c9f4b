package io.contractspec.docs.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a page as Markdown: a "generated" comment, then the blocks separated by blank lines. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {}

    public static String render(Page page, Labels labels) {
        StringBuilder out = new StringBuilder();
        out.append("<!-- ").append(labels.format("page.generated", page.spec().ref().toString()).replace("--", "- -")).append(" -->\n");
        for (Block block : page.blocks()) {
            out.append('\n');
            block(out, block);
        }
        return out.toString();
    }

    private static void block(StringBuilder out, Block block) {
        if (block instanceof Block.Heading heading) {
            out.append("#".repeat(heading.level())).append(' ').append(MarkdownText.text(heading.text())).append('\n');
        } else if (block instanceof Block.Paragraph paragraph) {
            out.append(inlines(paragraph.content())).append('\n');
        } else if (block instanceof Block.Properties properties) {
            properties.items().forEach(item -> out.append("- ").append(MarkdownText.text(item.label())).append(": ")
                    .append(inlines(item.value())).append('\n'));
        } else if (block instanceof Block.Items items) {
            items.items().forEach(item -> out.append("- ").append(inlines(item)).append('\n'));
        } else if (block instanceof Block.Table table) {
            table(out, table);
        } else if (block instanceof Block.CodeBlock code) {
            String fence = MarkdownText.fence(code.text());
            out.append(fence).append(code.language()).append('\n').append(code.text());
            if (!code.text().endsWith("\n")) {
                out.append('\n');
            }
            out.append(fence).append('\n');
        }
    }

    private static void table(StringBuilder out, Block.Table table) {
        out.append(row(table.header().stream().map(MarkdownText::text).toList()));
        out.append(row(table.header().stream().map(cell -> "---").toList()));
        table.rows().forEach(cells -> out.append(row(cells.stream().map(cell -> inlines(cell, true)).toList())));
    }

    private static String row(List<String> cells) {
        return cells.stream().map(cell -> cell.isEmpty() ? " " : " " + cell + " ")
                .collect(Collectors.joining("|", "|", "|\n"));
    }

    /** Runs of inline content; in a table cell a literal {@code |} is escaped even inside code. */
    static String inlines(List<Inline> content) {
        return inlines(content, false);
    }

    private static String inlines(List<Inline> content, boolean inTable) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text text) {
                out.append(MarkdownText.text(text.text()));
            } else if (inline instanceof Inline.Code code) {
                String span = MarkdownText.code(code.text());
                out.append(inTable ? span.replace("|", "\\|") : span);
            } else if (inline instanceof Inline.SpecLink link) {
                out.append(MarkdownText.code(link.text()));
            }
        }
        return out.toString();
    }
}
