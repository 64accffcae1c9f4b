package io.contractspec.docs.internal;

import static io.contractspec.docs.internal.CommonSections.section;

import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The pages of specs that group others: features list their members, capabilities their providers. */
final class GroupSections {

    private GroupSections() {}

    static List<Block> feature(FeatureSpec feature, Catalog catalog) {
        Labels labels = catalog.labels();
        List<Block> blocks = new ArrayList<>(CommonSections.title(feature));
        blocks.add(CommonSections.metadata(feature, catalog, List.of()));
        blocks.addAll(members("operations", labels.get("section.operations"), feature.operations(),
                ref -> typed(catalog, SpecType.OPERATION, ref)));
        blocks.addAll(members("events", labels.get("section.events"), feature.events(),
                ref -> typed(catalog, SpecType.EVENT, ref)));
        blocks.addAll(members("provides", labels.get("section.provides"), feature.provides(),
                ref -> typed(catalog, SpecType.CAPABILITY, ref)));
        blocks.addAll(members("requires", labels.get("section.requires"), feature.requires(),
                ref -> typed(catalog, SpecType.CAPABILITY, ref)));
        blocks.addAll(CommonSections.source(feature, catalog));
        return blocks;
    }

    static List<Block> capability(CapabilitySpec capability, Catalog catalog) {
        Labels labels = catalog.labels();
        List<Block> blocks = new ArrayList<>(CommonSections.title(capability));
        blocks.add(CommonSections.metadata(capability, catalog, List.of()));
        blocks.addAll(members("provided-by", labels.get("section.providedBy"), capability.provides(),
                ref -> member(catalog.linkAny(ref), ref, catalog.findAny(ref))));
        blocks.addAll(members("requires", labels.get("section.requires"), capability.requires(),
                ref -> typed(catalog, SpecType.CAPABILITY, ref)));
        List<SpecRef> features = catalog.featuresListing(capability).stream().map(Spec::ref).toList();
        blocks.addAll(members("features", labels.get("section.features"), features,
                ref -> typed(catalog, SpecType.FEATURE, ref)));
        blocks.addAll(CommonSections.source(capability, catalog));
        return blocks;
    }

    private static List<Block> members(String anchor, String heading, List<SpecRef> refs,
            Function<SpecRef, List<Inline>> line) {
        List<List<Inline>> items = refs.stream().map(line).toList();
        return section(2, anchor, heading, items.isEmpty() ? List.of() : List.of(new Block.Items(items)));
    }

    private static List<Inline> typed(Catalog catalog, SpecType type, SpecRef ref) {
        return member(catalog.link(type, ref), ref, catalog.registry().find(type, ref.key(), ref.version()));
    }

    /** {@code `key` (v1.0.0) — description}, or without the description when the spec is unknown. */
    private static List<Inline> member(Inline link, SpecRef ref, Optional<Spec> spec) {
        return CommonSections.versioned(link, ref.version(), spec.map(found -> found.meta().description()).orElse(""));
    }
}
