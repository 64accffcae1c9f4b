package io.contractspec.governance.diff.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * How a pair of "all of" and "any of" lists (roles, permissions) tightened: a new entry in the
 * "all" list, an "any" list that appeared, or an "any" list that lost entries.
 */
final class Requirements {

    private Requirements() {}

    /** One sentence per tightening, e.g. "now also requires roles [auditor]". */
    static List<String> tightenings(String noun, List<String> allBefore, List<String> allAfter,
            List<String> anyBefore, List<String> anyAfter) {
        List<String> found = new ArrayList<>();
        List<String> added = new ArrayList<>(allAfter);
        added.removeAll(allBefore);
        if (!added.isEmpty()) {
            found.add("now also requires " + noun + " " + added);
        }
        if (anyBefore.isEmpty() && !anyAfter.isEmpty()) {
            found.add("now requires one of the " + noun + " " + anyAfter);
        } else if (!anyAfter.isEmpty()) {
            List<String> dropped = new ArrayList<>(anyBefore);
            dropped.removeAll(anyAfter);
            if (!dropped.isEmpty()) {
                found.add("no longer accepts " + noun + " " + dropped + " as alternatives");
            }
        }
        return found;
    }
}
