package io.contractspec.docs.internal;

import java.util.List;
import java.util.Objects;

/** One block of a page; Markdown and HTML render the same blocks. */
public sealed interface Block {

    /** A heading; {@code anchor} is a stable, unlocalized id for links and tests. */
    record Heading(int level, String text, String anchor) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A list of "Label: value" lines, as the seed page's metadata. */
    record Properties(List<Property> items) implements Block {
        public Properties {
            items = List.copyOf(items);
        }
    }

    record Property(String label, List<Inline> value) {
        public Property {
            Objects.requireNonNull(label, "label");
            value = List.copyOf(value);
        }
    }

    /** A bullet list. */
    record Items(List<List<Inline>> items) implements Block {
        public Items {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    record Table(List<String> header, List<List<List<Inline>>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** Verbatim text in a fenced block, e.g. {@code java} or {@code json}. */
    record CodeBlock(String language, String text) implements Block {
        public CodeBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
        }
    }
}
