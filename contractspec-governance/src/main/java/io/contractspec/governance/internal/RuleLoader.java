package io.contractspec.governance.internal;

import io.contractspec.governance.RuleIds;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/** Finds rules through ServiceLoader and keeps a catalog's ids unique. */
public final class RuleLoader {

    private RuleLoader() {}

    public static <R> List<R> load(Class<R> type, ClassLoader classLoader) {
        return ServiceLoader.load(type, classLoader).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The rules sorted by id. @throws IllegalStateException when two rules share an id */
    public static <R> List<R> byId(List<R> rules, Function<R, String> idOf, String what) {
        Map<String, R> seen = new HashMap<>();
        for (R rule : rules) {
            if (!RuleIds.isValid(idOf.apply(rule))) {
                throw new IllegalStateException(what + " " + rule.getClass().getName() + " has the id '"
                        + idOf.apply(rule) + "'; ids are PascalCase class names like EventKeyNotPastTense");
            }
            R previous = seen.putIfAbsent(idOf.apply(rule), rule);
            if (previous != null) {
                throw new IllegalStateException("two " + what + "s have the id " + idOf.apply(rule) + ": "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        return rules.stream().sorted(Comparator.comparing(idOf)).toList();
    }

    /** Runs a rule, naming it when it fails: a failing rule is a bug in the rule, not in the contracts. */
    public static void guard(String ruleId, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule " + ruleId + " failed: " + e, e);
        }
    }
}
