package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecBuilder;
import io.contractspec.core.spec.SpecMeta;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.SourceLocation;
import java.util.List;
import java.util.function.BiFunction;

/** The parts every entry shares: meta, source location, spec references and string lists. */
final class SpecJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpecJson() {}

    /** A new entry holding the spec's meta and source. */
    static ObjectNode entry(Spec spec) {
        SpecMeta meta = spec.meta();
        ObjectNode entry = NODES.objectNode()
                .put("key", meta.key())
                .put("version", meta.version())
                .put("stability", meta.stability().wireName())
                .put("description", meta.description());
        entry.set("owners", strings(meta.owners()));
        entry.set("tags", strings(meta.tags()));
        entry.set("docIds", strings(meta.docIds()));
        meta.title().ifPresent(title -> entry.put("title", title));
        meta.domain().ifPresent(domain -> entry.put("domain", domain));
        entry.set("source", NODES.objectNode()
                .put("file", spec.source().file())
                .put("line", spec.source().line()));
        return entry;
    }

    /** Reads the meta and source of an entry into the builder {@code start} makes from its key and version. */
    static <B extends SpecBuilder<B, ?>> B meta(JsonCursor entry, BiFunction<String, String, B> start) {
        B builder = start.apply(entry.text("key"), entry.text("version"));
        builder.stability(entry.wire("stability", Stability.values(), Stability::wireName, "stability"))
                .description(entry.text("description", ""))
                .owners(entry.strings("owners").toArray(String[]::new))
                .tags(entry.strings("tags").toArray(String[]::new))
                .docIds(entry.strings("docIds").toArray(String[]::new));
        entry.optionalText("title").ifPresent(builder::title);
        entry.optionalText("domain").ifPresent(builder::domain);
        return builder.source(entry.optionalObject("source", false).map(SpecJson::source).orElse(SourceLocation.NONE));
    }

    private static SourceLocation source(JsonCursor source) {
        String file = source.text("file", "");
        int line = source.integer("line", 0);
        source.end();
        return source.build(() -> new SourceLocation(file, line));
    }

    static ObjectNode ref(SpecRef ref) {
        return NODES.objectNode().put("key", ref.key()).put("version", ref.version());
    }

    static ArrayNode refs(List<SpecRef> refs) {
        ArrayNode array = NODES.arrayNode(refs.size());
        refs.forEach(ref -> array.add(ref(ref)));
        return array;
    }

    /** Reads {@code {"key", "version"}}; the object may hold more keys, read by the caller. */
    static SpecRef ref(JsonCursor ref) {
        String key = ref.text("key");
        String version = ref.text("version");
        return ref.build(() -> SpecRef.of(key, version));
    }

    /** An array of {@code {"key", "version"}} objects; empty when absent. */
    static List<SpecRef> refs(JsonCursor parent, String arrayKey) {
        return parent.objects(arrayKey).stream().map(cursor -> {
            SpecRef ref = ref(cursor);
            cursor.end();
            return ref;
        }).toList();
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(array::add);
        return array;
    }
}
