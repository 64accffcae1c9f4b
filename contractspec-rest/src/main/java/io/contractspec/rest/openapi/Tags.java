package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups operations by the features that list them (tag = the feature's title, else its key, with
 * the feature's description); an operation no feature lists is tagged with its own tags.
 */
final class Tags {

    private final Map<SpecRef, SortedSet<String>> byOperation = new HashMap<>();
    private final Map<String, String> descriptions = new TreeMap<>();

    private Tags() {}

    static Tags of(ContractRegistry registry) {
        Tags tags = new Tags();
        for (FeatureSpec feature : registry.features()) {
            String name = feature.meta().title().orElse(feature.key());
            if (!feature.meta().description().isEmpty()) {
                tags.descriptions.putIfAbsent(name, feature.meta().description());
            }
            feature.operations().forEach(ref -> tags.byOperation.computeIfAbsent(ref, key -> new TreeSet<>()).add(name));
        }
        return tags;
    }

    List<String> of(OperationSpec operation) {
        SortedSet<String> features = byOperation.get(operation.ref());
        return features != null ? List.copyOf(features) : operation.meta().tags();
    }

    /** The top-level {@code tags} list for the tags in use, sorted by name. */
    ArrayNode toJson(SortedSet<String> used) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String name : used) {
            ObjectNode tag = list.addObject().put("name", name);
            String description = descriptions.get(name);
            if (description != null) {
                tag.put("description", description);
            }
        }
        return list;
    }
}
