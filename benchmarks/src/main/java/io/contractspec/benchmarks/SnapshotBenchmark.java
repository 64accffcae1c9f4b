package io.contractspec.benchmarks;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writing and reading the canonical snapshot of {@link SyntheticContracts}: the first write and
 * read in a fresh JVM, then warm rounds of both. Prints the snapshot's size, every round and the
 * medians; checks that reading gives back the same text.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.SnapshotBenchmark
 * [operations=10000] [warm-up rounds=5] [rounds=10]}
 */
public final class SnapshotBenchmark {

    private SnapshotBenchmark() {}

    public static void main(String[] args) {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ContractRegistry registry = SyntheticContracts.original(operations);

        long start = System.nanoTime();
        String text = Snapshot.write(registry);
        double coldWrite = millisSince(start);
        start = System.nanoTime();
        ContractRegistry read = Snapshot.read(text);
        double coldRead = millisSince(start);
        if (!Snapshot.write(read).equals(text)) {
            throw new IllegalStateException("reading the snapshot did not give back the same text");
        }
        System.out.printf("%,d operations: snapshot of %.1f MB; first write %.0f ms, first read %.0f ms%n",
                operations, text.getBytes(StandardCharsets.UTF_8).length / 1e6, coldWrite, coldRead);

        List<Double> writes = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        for (int i = 1 - warmUp; i <= rounds; i++) {
            start = System.nanoTime();
            String written = Snapshot.write(registry);
            double write = millisSince(start);
            start = System.nanoTime();
            ContractRegistry again = Snapshot.read(written);
            double readTime = millisSince(start);
            if (again.operations().size() != registry.operations().size()) {
                throw new IllegalStateException("read " + again.operations().size() + " operations");
            }
            System.out.printf("%s %2d: write %6.0f ms, read %6.0f ms%n", i <= 0 ? "warm-up" : "round  ",
                    i <= 0 ? i + warmUp : i, write, readTime);
            if (i > 0) {
                writes.add(write);
                reads.add(readTime);
            }
        }
        System.out.printf("%nwarm, median of %d rounds: write %.0f ms, read %.0f ms%n",
                rounds, median(writes), median(reads));
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
