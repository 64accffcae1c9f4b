package io.contractspec.governance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.Semver;
import io.contractspec.core.spec.Spec;
import io.contractspec.schema.JsonValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Matches the versions of each type and key across two registries; see {@link ContractDiff}. */
final class SpecMatcher {

    private static final Comparator<SpecDiff> ORDER = Comparator.comparing(SpecDiff::type)
            .thenComparing(SpecDiff::key)
            .thenComparing(diff -> diff.spec().meta().semver());

    /** The versions of one type and key on each side, lowest first. */
    private record Group(List<Spec> before, List<Spec> after) {}

    private SpecMatcher() {}

    static List<SpecDiff> diff(ContractRegistry before, ContractRegistry after) {
        Map<String, Group> groups = new LinkedHashMap<>();
        before.all().forEach(spec -> group(groups, spec).before().add(spec));
        after.all().forEach(spec -> group(groups, spec).after().add(spec));
        List<SpecDiff> diffs = new ArrayList<>();
        groups.values().forEach(group -> match(group, diffs));
        diffs.sort(ORDER);
        return List.copyOf(diffs);
    }

    private static Group group(Map<String, Group> groups, Spec spec) {
        return groups.computeIfAbsent(spec.specType() + " " + spec.key(),
                name -> new Group(new ArrayList<>(), new ArrayList<>()));
    }

    private static void match(Group group, List<SpecDiff> diffs) {
        NavigableMap<Semver, Spec> unmatched = new TreeMap<>();
        group.after().forEach(spec -> unmatched.put(spec.meta().semver(), spec));
        List<Spec> leftOver = new ArrayList<>();
        for (Spec old : group.before()) {
            Spec same = unmatched.remove(old.meta().semver());
            if (same == null) {
                leftOver.add(old);
            } else {
                compare(old, same, diffs);
            }
        }
        NavigableSet<Semver> oldVersions = new TreeSet<>();
        group.before().forEach(spec -> oldVersions.add(spec.meta().semver()));
        for (int i = leftOver.size() - 1; i >= 0; i--) {
            Spec old = leftOver.get(i);
            Map.Entry<Semver, Spec> next = unmatched.higherEntry(old.meta().semver());
            // A successor lies below the next old version; above it, it would succeed that one instead.
            Semver bound = oldVersions.higher(old.meta().semver());
            if (next != null && bound != null && next.getKey().compareTo(bound) > 0) {
                next = null;
            }
            if (next == null) {
                diffs.add(new SpecDiff(old, null, List.of()));
            } else {
                unmatched.remove(next.getKey());
                compare(old, next.getValue(), diffs);
            }
        }
        unmatched.values().forEach(added -> diffs.add(new SpecDiff(null, added, List.of())));
    }

    private static void compare(Spec before, Spec after, List<SpecDiff> diffs) {
        if (before.equals(after)) {
            return;
        }
        List<String> properties = changedProperties(Snapshot.toJson(before), Snapshot.toJson(after));
        if (!properties.isEmpty()) {
            diffs.add(new SpecDiff(before, after, properties));
        }
    }

    /** Snapshot properties that differ by JSON value, ignoring where the spec was defined. */
    private static List<String> changedProperties(ObjectNode before, ObjectNode after) {
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(names::add);
        names.remove("source");
        List<String> changed = new ArrayList<>();
        for (Iterator<String> it = names.iterator(); it.hasNext(); ) {
            String name = it.next();
            JsonNode a = before.get(name);
            JsonNode b = after.get(name);
            if (!JsonValues.equal(a, b)) {
                changed.add(name);
            }
        }
        return changed;
    }
}
