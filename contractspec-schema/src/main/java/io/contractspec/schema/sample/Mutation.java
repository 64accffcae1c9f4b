package io.contractspec.schema.sample;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * Which fault a generated payload carries and where: {@code path} is rendered like validation
 * issue paths ({@code lines[2].sku}; empty for the payload itself).
 */
@PublicApi
public record Mutation(MutationKind kind, String path) {

    public Mutation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? kind.toString() : kind + " at " + path;
    }
}
