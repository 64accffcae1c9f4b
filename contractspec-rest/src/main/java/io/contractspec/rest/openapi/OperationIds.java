package io.contractspec.rest.openapi;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stable operation ids from key and version: {@code workflow.instance.resume} 1.0.0 becomes
 * {@code workflow_instance_resume_v1_0_0}. Every character that is not a letter, digit or
 * underscore becomes an underscore; in the rare case that two operations map to one id, the later
 * one (in registry order) gets a numeric suffix.
 */
final class OperationIds {

    private final Map<SpecRef, String> ids = new HashMap<>();

    OperationIds(List<OperationSpec> operations) {
        Set<String> taken = new HashSet<>();
        for (OperationSpec operation : operations) {
            String base = of(operation.key(), operation.version());
            String id = base;
            for (int suffix = 2; !taken.add(id); suffix++) {
                id = base + "_" + suffix;
            }
            ids.put(operation.ref(), id);
        }
    }

    /** The id for a key and version, e.g. {@code workflow_instance_resume_v1_0_0}. */
    static String of(String key, String version) {
        return (key + "_v" + version).replaceAll("[^A-Za-z0-9_]", "_");
    }

    String id(OperationSpec operation) {
        return ids.get(operation.ref());
    }
}
