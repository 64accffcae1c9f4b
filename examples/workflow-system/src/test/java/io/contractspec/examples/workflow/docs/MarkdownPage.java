package io.contractspec.examples.workflow.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated Markdown page cut into its parts: title, description, metadata lines and "## " sections. */
record MarkdownPage(String title, String description, List<String> metadata, Map<String, String> sections) {

    static MarkdownPage parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        String title = lines.stream().filter(line -> line.startsWith("# ")).findFirst().orElseThrow().substring(2);
        int firstSection = lines.indexOf(lines.stream().filter(line -> line.startsWith("## ")).findFirst().orElseThrow());
        List<String> preamble = lines.subList(lines.indexOf("# " + title) + 1, firstSection);
        String description = preamble.stream().filter(line -> !line.isBlank()).findFirst().orElse("");
        List<String> metadata = preamble.stream().filter(line -> line.startsWith("- ")).toList();
        Map<String, String> sections = new LinkedHashMap<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(firstSection, lines.size())) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.put(heading, body.toString().strip());
                }
                heading = line.substring(3);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        sections.put(heading, body.toString().strip());
        return new MarkdownPage(title, description, metadata, sections);
    }

    /** The body of a section, or empty when the page has no such section. */
    String section(String heading) {
        return sections.getOrDefault(heading, "");
    }
}
