package io.contractspec.codegen.typescript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writes TypeScript text: indented lines and JSDoc blocks, with {@code \n} line ends whatever the platform. */
final class TsWriter {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final StringBuilder text = new StringBuilder();
    private int depth;

    TsWriter line(String line) {
        if (!line.isEmpty()) {
            text.append("  ".repeat(depth));
        }
        text.append(line).append('\n');
        return this;
    }

    TsWriter blank() {
        return line("");
    }

    TsWriter open(String line) {
        line(line);
        depth++;
        return this;
    }

    TsWriter close(String line) {
        depth--;
        return line(line);
    }

    /** A JSDoc block of paragraphs and tags; nothing when all are empty. */
    TsWriter doc(List<String> paragraphs, List<String> tags) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add("");
            }
            paragraph.strip().lines().forEach(lines::add);
        }
        tags.forEach(lines::add);
        if (lines.isEmpty()) {
            return this;
        }
        if (lines.size() == 1) {
            return line("/** " + safe(lines.get(0)) + " */");
        }
        line("/**");
        lines.forEach(docLine -> line(docLine.isEmpty() ? " *" : " * " + safe(docLine)));
        return line(" */");
    }

    TsWriter doc(String paragraph) {
        return doc(List.of(paragraph), List.of());
    }

    /** A property name as written in a type or object literal: quoted unless it is an identifier. */
    static String property(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : string(name);
    }

    /** A string literal. */
    static String string(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> literal.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return literal.append('"').toString();
    }

    /** A comment can not be closed by text inside it. */
    private static String safe(String line) {
        return line.replace("*/", "*\\/");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
