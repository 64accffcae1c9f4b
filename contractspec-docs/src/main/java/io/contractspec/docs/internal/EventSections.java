package io.contractspec.docs.internal;

import static io.contractspec.docs.internal.CommonSections.section;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.SpecType;
import java.util.ArrayList;
import java.util.List;

/** An event's page: metadata, the operations that emit it, its payload, PII paths and source. */
final class EventSections {

    private EventSections() {}

    static List<Block> of(EventSpec event, Catalog catalog) {
        Labels labels = catalog.labels();
        List<Block> blocks = new ArrayList<>(CommonSections.title(event));
        blocks.add(CommonSections.metadata(event, catalog, List.of()));
        blocks.addAll(section(2, "emitted-by", labels.get("section.emittedBy"), emittedBy(event, catalog)));
        blocks.addAll(section(2, "payload", labels.get("section.payload"), FieldTable.of(event.payload(), labels)));
        List<List<Inline>> pii = event.pii().stream().map(path -> List.of(Inline.code(path))).toList();
        blocks.addAll(section(2, "pii", labels.get("section.pii"), pii.isEmpty() ? List.of() : List.of(new Block.Items(pii))));
        blocks.addAll(CommonSections.source(event, catalog));
        return blocks;
    }

    private static List<Block> emittedBy(EventSpec event, Catalog catalog) {
        List<List<Inline>> items = catalog.emittersOf(event.ref()).stream()
                .map(emitter -> CommonSections.versioned(
                        catalog.link(SpecType.OPERATION, emitter.operation().ref()),
                        emitter.operation().version(), emitter.when()))
                .toList();
        return items.isEmpty() ? List.of() : List.of(new Block.Items(items));
    }
}
