package io.contractspec.docs.internal;

import io.contractspec.core.spec.Spec;
import java.util.List;
import java.util.Objects;

/**
 * The document of one spec, before rendering. {@code path} is where its page goes, without
 * extension: {@code <feature key or _common>/<page name>}.
 */
public record Page(Spec spec, String path, List<Block> blocks) {

    public Page {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(path, "path");
        blocks = List.copyOf(blocks);
    }
}
