package io.contractspec.docs.internal;

import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import io.contractspec.docs.DocsOptions;
import io.contractspec.docs.SourceResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What page builders need to know beyond one spec: the registry, the layout, labels and sources. */
public final class Catalog {

    /** An operation that emits an event, and when. */
    public record Emitter(OperationSpec operation, String when) {}

    private final ContractRegistry registry;
    private final PageLayout layout;
    private final Labels labels;
    private final SourceResolver sources;
    private final String siteTitle;
    private final String restBasePath;
    private final SurfaceNames surfaceNames;
    private final Map<SpecRef, List<Emitter>> emitters = new HashMap<>();

    public Catalog(ContractRegistry registry, DocsOptions options) {
        this.registry = registry;
        this.layout = new PageLayout(registry);
        this.labels = Labels.of(options.locale());
        this.sources = options.sourceResolver();
        this.siteTitle = options.siteTitle().orElseGet(() -> labels.get("site.title"));
        this.restBasePath = options.restBasePath();
        this.surfaceNames = SurfaceNames.of(registry.operations());
        for (OperationSpec operation : registry.operations()) {
            for (EmittedEvent emitted : operation.emits()) {
                emitters.computeIfAbsent(emitted.event(), ref -> new ArrayList<>())
                        .add(new Emitter(operation, emitted.when()));
            }
        }
    }

    public ContractRegistry registry() {
        return registry;
    }

    public PageLayout layout() {
        return layout;
    }

    public Labels labels() {
        return labels;
    }

    public SourceResolver sources() {
        return sources;
    }

    public String siteTitle() {
        return siteTitle;
    }

    /** The prefix of every REST route on the pages, e.g. {@code /api}; "" by default. */
    public String restBasePath() {
        return restBasePath;
    }

    /** The surface names of every operation (GraphQL field, MCP tool), from the one naming scheme. */
    public SurfaceNames surfaceNames() {
        return surfaceNames;
    }

    /** The operations that declare the event, in registry order. */
    public List<Emitter> emittersOf(SpecRef event) {
        return List.copyOf(emitters.getOrDefault(event, List.of()));
    }

    /** The features that list the spec (as operation, event or provided capability), in registry order. */
    public List<FeatureSpec> featuresListing(Spec spec) {
        return registry.features().stream()
                .filter(feature -> PageLayout.members(feature, spec.specType()).contains(spec.ref()))
                .toList();
    }

    /** A reference to a spec's page, or plain code when the registry lacks the spec. */
    public Inline link(SpecType type, SpecRef ref) {
        return new Inline.SpecLink(ref.key(), layout.path(type, ref).orElse(""));
    }

    /** The registered spec a bare ref names, of whatever type. */
    public Optional<Spec> findAny(SpecRef ref) {
        for (SpecType type : SpecType.values()) {
            Optional<Spec> spec = registry.find(type, ref.key(), ref.version());
            if (spec.isPresent()) {
                return spec;
            }
        }
        return Optional.empty();
    }

    /** A reference to the page of whatever spec a bare ref names. */
    public Inline linkAny(SpecRef ref) {
        return findAny(ref).map(spec -> link(spec.specType(), ref)).orElseGet(() -> new Inline.SpecLink(ref.key(), ""));
    }
}
