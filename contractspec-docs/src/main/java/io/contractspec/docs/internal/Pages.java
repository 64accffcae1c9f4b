package io.contractspec.docs.internal;

import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import java.util.List;

/** Builds the page of every spec in the catalog's registry, in registry order. */
public final class Pages {

    private Pages() {}

    public static List<Page> all(Catalog catalog) {
        return catalog.registry().all().stream().map(spec -> of(spec, catalog)).toList();
    }

    public static Page of(Spec spec, Catalog catalog) {
        return new Page(spec, catalog.layout().path(spec), blocks(spec, catalog));
    }

    private static List<Block> blocks(Spec spec, Catalog catalog) {
        if (spec instanceof OperationSpec operation) {
            return OperationSections.of(operation, catalog);
        }
        if (spec instanceof EventSpec event) {
            return EventSections.of(event, catalog);
        }
        if (spec instanceof FeatureSpec feature) {
            return GroupSections.feature(feature, catalog);
        }
        return GroupSections.capability((CapabilitySpec) spec, catalog);
    }
}
