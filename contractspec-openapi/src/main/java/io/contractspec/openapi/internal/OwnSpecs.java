package io.contractspec.openapi.internal;

import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.snapshot.SnapshotException;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.SpecType;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;

/**
 * The features and capabilities our own export lists ({@code x-contractspec-features},
 * {@code x-contractspec-capabilities}), read with the snapshot reader as the export wrote them
 * with its writer. One that cannot be read is reported and left out.
 */
public final class OwnSpecs {

    private final OpenAPI api;
    private final ImportProblems problems;

    public OwnSpecs(OpenAPI api, ImportProblems problems) {
        this.api = api;
        this.problems = problems;
    }

    public List<FeatureSpec> features() {
        return read("x-contractspec-features", SpecType.FEATURE, FeatureSpec.class);
    }

    public List<CapabilitySpec> capabilities() {
        return read("x-contractspec-capabilities", SpecType.CAPABILITY, CapabilitySpec.class);
    }

    private <S> List<S> read(String extension, SpecType type, Class<S> kind) {
        List<S> specs = new ArrayList<>();
        if (api.getExtensions() == null || !(api.getExtensions().get(extension) instanceof List<?> entries)) {
            return specs;
        }
        for (int i = 0; i < entries.size(); i++) {
            try {
                specs.add(kind.cast(Snapshot.fromJson(type, SchemaView.json(entries.get(i)))));
            } catch (SnapshotException | IllegalArgumentException e) {
                problems.error("/" + extension + "/" + i, "contractspec-spec", "the " + type.name().toLowerCase(
                        java.util.Locale.ROOT) + " cannot be imported: " + e.getMessage());
            }
        }
        return specs;
    }
}
