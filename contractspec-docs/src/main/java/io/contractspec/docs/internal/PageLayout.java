package io.contractspec.docs.internal;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each spec's page goes: {@code <folder>/<name>}, without extension.
 *
 * <ul>
 *   <li>folder: the key of the first feature (in registry order) that lists the spec (operations
 *       and events as members, capabilities as provided), a feature's own key for a feature, and
 *       {@value #COMMON} for everything else;</li>
 *   <li>name: the spec key; {@code _<type>} is appended when specs of several types share the key
 *       (keys cannot contain {@code _}), and {@code @<version>} for every version but the latest
 *       when a key has several versions.</li>
 * </ul>
 */
public final class PageLayout {

    public static final String COMMON = "_common";

    private final Map<Spec, String> paths = new IdentityHashMap<>();
    private final Map<SpecType, Map<SpecRef, Spec>> byRef = new HashMap<>();

    public PageLayout(ContractRegistry registry) {
        Map<String, Set<SpecType>> typesByKey = new HashMap<>();
        registry.all().forEach(spec ->
                typesByKey.computeIfAbsent(spec.key(), key -> EnumSet.noneOf(SpecType.class)).add(spec.specType()));
        for (Spec spec : registry.all()) {
            String name = spec.key();
            if (typesByKey.get(spec.key()).size() > 1) {
                name += "_" + spec.specType().wireName();
            }
            List<Spec> versions = registry.versions(spec.specType(), spec.key());
            if (versions.size() > 1 && versions.get(versions.size() - 1) != spec) {
                name += "@" + spec.version();
            }
            paths.put(spec, folder(registry, spec) + "/" + name);
            byRef.computeIfAbsent(spec.specType(), type -> new HashMap<>()).put(spec.ref(), spec);
        }
    }

    private static String folder(ContractRegistry registry, Spec spec) {
        if (spec instanceof FeatureSpec feature) {
            return feature.key();
        }
        return registry.features().stream()
                .filter(feature -> members(feature, spec.specType()).contains(spec.ref()))
                .map(FeatureSpec::key)
                .findFirst()
                .orElse(COMMON);
    }

    /** The refs a feature lists for specs of a type. */
    public static List<SpecRef> members(FeatureSpec feature, SpecType type) {
        return switch (type) {
            case OPERATION -> feature.operations();
            case EVENT -> feature.events();
            case CAPABILITY -> feature.provides();
            case FEATURE -> List.of();
        };
    }

    /** The page of a registered spec. */
    public String path(Spec spec) {
        String path = paths.get(spec);
        if (path == null) {
            throw new IllegalArgumentException(spec + " is not in the registry being documented");
        }
        return path;
    }

    /** The page of a referenced spec, if the registry has it. */
    public Optional<String> path(SpecType type, SpecRef ref) {
        return Optional.ofNullable(byRef.getOrDefault(type, Map.of()).get(ref)).map(this::path);
    }

    /** The folder of a page path. */
    public static String folderOf(String path) {
        return path.substring(0, path.indexOf('/'));
    }
}
