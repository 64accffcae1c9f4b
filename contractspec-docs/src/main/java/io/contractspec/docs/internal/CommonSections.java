package io.contractspec.docs.internal;

import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecMeta;
import java.util.ArrayList;
import java.util.List;

/** The parts every page has: title, description, metadata list and source definition. */
final class CommonSections {

    private CommonSections() {}

    /** {@code # key} and the description. */
    static List<Block> title(Spec spec) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, spec.key(), "title"));
        if (!spec.meta().description().isBlank()) {
            blocks.add(paragraph(spec.meta().description()));
        }
        return blocks;
    }

    /**
     * The seed's metadata list: Type, Version, Stability, Owners, Tags, File; then Title and
     * Domain when set, then whatever the spec type adds. Empty lists are left out. The file has
     * no line number, so that pages do not change when lines above a definition move.
     */
    static Block.Properties metadata(Spec spec, Catalog catalog, List<Block.Property> extra) {
        Labels labels = catalog.labels();
        SpecMeta meta = spec.meta();
        List<Block.Property> items = new ArrayList<>();
        items.add(property(labels.get("meta.type"), typeLabel(spec, labels)));
        items.add(property(labels.get("meta.version"), meta.version()));
        items.add(property(labels.get("meta.stability"), meta.stability().wireName()));
        if (!meta.owners().isEmpty()) {
            items.add(property(labels.get("meta.owners"), String.join(", ", meta.owners())));
        }
        if (!meta.tags().isEmpty()) {
            items.add(property(labels.get("meta.tags"), String.join(", ", meta.tags())));
        }
        SourceDefinition.fileName(spec, catalog.sources())
                .ifPresent(file -> items.add(property(labels.get("meta.file"), file)));
        meta.title().ifPresent(title -> items.add(property(labels.get("meta.title"), title)));
        meta.domain().ifPresent(domain -> items.add(property(labels.get("meta.domain"), domain)));
        if (!meta.docIds().isEmpty()) {
            items.add(property(labels.get("meta.docIds"), String.join(", ", meta.docIds())));
        }
        items.addAll(extra);
        return new Block.Properties(items);
    }

    /** The Type value: {@code operation (command)}, {@code event}, {@code capability (api)}... */
    static String typeLabel(Spec spec, Labels labels) {
        if (spec instanceof OperationSpec operation) {
            return labels.get(operation.isCommand() ? "type.operation.command" : "type.operation.query");
        }
        if (spec instanceof CapabilitySpec capability) {
            return labels.format("type.capability", capability.kind().wireName());
        }
        return labels.get("type." + spec.specType().wireName());
    }

    static List<Block> source(Spec spec, Catalog catalog) {
        return section(2, "source", catalog.labels().get("section.source"),
                List.of(SourceDefinition.of(spec, catalog.sources())));
    }

    /** A heading over a body; nothing at all when the body is empty. */
    static List<Block> section(int level, String anchor, String heading, List<? extends Block> body) {
        if (body.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(level, heading, anchor));
        blocks.addAll(body);
        return blocks;
    }

    /** A section of one paragraph, left out when the text is blank. */
    static List<Block> textSection(String anchor, String heading, String text) {
        return text.isBlank() ? List.of() : section(2, anchor, heading, List.of(paragraph(text)));
    }

    static Block.Property property(String label, String value) {
        return new Block.Property(label, List.of(Inline.text(value)));
    }

    static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(Inline.text(text)));
    }

    /** {@code `key` (v1.0.0)}, the seed's way to name a spec, and what follows it. */
    static List<Inline> versioned(Inline link, String version, String suffix) {
        List<Inline> line = new ArrayList<>();
        line.add(link);
        line.add(Inline.text(" (v" + version + ")" + (suffix.isBlank() ? "" : " — " + suffix)));
        return line;
    }
}
