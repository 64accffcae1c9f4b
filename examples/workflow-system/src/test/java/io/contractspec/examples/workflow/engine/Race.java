package io.contractspec.examples.workflow.engine;

import io.contractspec.runtime.CallResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls concurrently on a fixed pool and tallies their outcomes per key (e.g. per instance):
 * commands by problem code ({@code OK} for successes), timer workers by how many timers they fired.
 */
final class Race {

    /** One task of the race: which record it is about, and what it does. */
    record Entrant(String key, Callable<Outcome> task) {

        static Entrant command(String key, Callable<CallResult> call) {
            return new Entrant(key, () -> {
                CallResult result = call.call();
                return new Outcome(result instanceof CallResult.Failure failure ? failure.problem().code() : "OK", 1);
            });
        }

        static Entrant timers(ClusterNode node) {
            return new Entrant("timers", () -> new Outcome("FIRED", node.fireDue()));
        }
    }

    /** What one task ended with, counted {@code amount} times. */
    record Outcome(String code, int amount) {}

    /** Outcomes per key: code → count. */
    record Tally(Map<String, Map<String, Integer>> byKey) {

        int count(String code) {
            return byKey.values().stream().mapToInt(codes -> codes.getOrDefault(code, 0)).sum();
        }

        int count(String key, String code) {
            return byKey.getOrDefault(key, Map.of()).getOrDefault(code, 0);
        }

        /** Every code seen, with its total. */
        Map<String, Integer> codes() {
            Map<String, Integer> totals = new TreeMap<>();
            byKey.values().forEach(codes -> codes.forEach((code, n) -> totals.merge(code, n, Integer::sum)));
            return totals;
        }
    }

    private Race() {}

    static Tally run(int threads, List<Entrant> entrants) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<String, Map<String, Integer>> byKey = new TreeMap<>();
        try {
            List<Callable<Outcome>> tasks = new ArrayList<>();
            entrants.forEach(entrant -> tasks.add(entrant.task()));
            List<Future<Outcome>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                Outcome outcome = results.get(i).get();
                byKey.computeIfAbsent(entrants.get(i).key(), key -> new TreeMap<>())
                        .merge(outcome.code(), outcome.amount(), Integer::sum);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        return new Tally(byKey);
    }
}
