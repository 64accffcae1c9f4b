package io.contractspec.docs.internal;

import java.util.Objects;

/** A run of text inside a block. */
public sealed interface Inline {

    /** Plain text, escaped by each renderer. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Text in code style: keys, field names, error codes. */
    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A reference to another spec's page. Markdown writes it as code, as the seed page does
     * ({@code `workflow.instance.resumed`}); HTML links it. {@code page} is the target's page path
     * without extension, or empty when the registry has no such spec.
     */
    record SpecLink(String text, String page) implements Inline {
        public SpecLink {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(page, "page");
        }
    }

    static Inline text(String text) {
        return new Text(text);
    }

    static Inline code(String text) {
        return new Code(text);
    }
}
