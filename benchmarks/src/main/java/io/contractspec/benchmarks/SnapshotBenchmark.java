package io.contractspec.benchmarks;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Writing and reading the canonical snapshot of {@link SyntheticContracts}: the first write and
 * read in a fresh JVM, then warm rounds of both, as text and as a file (what {@code contractspec
 * diff} reads). Prints the snapshot's size, every round and the medians; checks that reading gives
 * back the same text. Besides wall-clock time it reports the time the JVM spent collecting
 * garbage, and the thread's CPU time and the bytes it allocated, which shared, loaded machines
 * disturb far less.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.SnapshotBenchmark
 * [operations=10000] [warm-up rounds=5] [rounds=10]}
 */
public final class SnapshotBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SnapshotBenchmark() {}

    public static void main(String[] args) throws IOException {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ContractRegistry registry = SyntheticContracts.original(operations);

        Measured<String> text = measure(() -> Snapshot.write(registry));
        Measured<ContractRegistry> read = measure(() -> Snapshot.read(text.value()));
        if (!Snapshot.write(read.value()).equals(text.value())) {
            throw new IllegalStateException("reading the snapshot did not give back the same text");
        }
        System.out.printf("%,d operations: snapshot of %.1f MB%n", operations,
                text.value().getBytes(StandardCharsets.UTF_8).length / 1e6);
        System.out.printf("first   : write %s | read %s%n", text, read);

        Path file = Files.createTempFile("snapshot", ".json");
        List<Round> measured = new ArrayList<>();
        try {
            for (int i = 1 - warmUp; i <= rounds; i++) {
                Round round = round(registry, file);
                System.out.printf("%s %2d: write %s | read %s%n", i <= 0 ? "warm-up" : "round  ",
                        i <= 0 ? i + warmUp : i, round.write(), round.read());
                System.out.printf("      file: write %s | read %s%n", round.writeFile(), round.readFile());
                if (i > 0) {
                    measured.add(round);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        System.out.printf("%nwarm, medians of %d rounds:%n", rounds);
        System.out.printf("  write      %s%n", median(measured, Round::write));
        System.out.printf("  read       %s%n", median(measured, Round::read));
        System.out.printf("  write file %s%n", median(measured, Round::writeFile));
        System.out.printf("  read file  %s%n", median(measured, Round::readFile));
    }

    private static Round round(ContractRegistry registry, Path file) throws IOException {
        Measured<String> write = measure(() -> Snapshot.write(registry));
        Measured<ContractRegistry> read = measure(() -> Snapshot.read(write.value()));
        Measured<Path> writeFile = measure(() -> {
            Snapshot.write(registry, file);
            return file;
        });
        Measured<ContractRegistry> readFile = measure(() -> Snapshot.read(file));
        int expected = registry.operations().size();
        if (read.value().operations().size() != expected || readFile.value().operations().size() != expected) {
            throw new IllegalStateException("read fewer operations than were written");
        }
        return new Round(write, read, writeFile, readFile);
    }

    /** The work of one measurement. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException;
    }

    private static <T> Measured<T> measure(Work<T> work) throws IOException {
        long gc = gcMillis();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        T value = work.run();
        return new Measured<>(value, (System.nanoTime() - start) / 1e6, gcMillis() - gc,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6,
                (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1e6);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static Measured<Void> median(List<Round> rounds, Function<Round, Measured<?>> part) {
        List<Measured<?>> samples = rounds.stream().<Measured<?>>map(part).toList();
        return new Measured<>(null, median(samples, Measured::millis), median(samples, Measured::gcMillis),
                median(samples, Measured::cpuMillis), median(samples, Measured::allocatedMb));
    }

    private static double median(List<Measured<?>> samples, ToDoubleFunction<Measured<?>> figure) {
        double[] sorted = samples.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** One warm round: the snapshot written and read as text, then as a file. */
    private record Round(Measured<?> write, Measured<?> read, Measured<?> writeFile, Measured<?> readFile) {}

    /** One timed call: its result, wall-clock, GC and thread CPU time, and the bytes the thread allocated. */
    private record Measured<T>(T value, double millis, double gcMillis, double cpuMillis, double allocatedMb) {
        @Override
        public String toString() {
            return String.format("%5.0f ms (gc %4.0f ms, cpu %4.0f ms, %,4.0f MB allocated)",
                    millis, gcMillis, cpuMillis, allocatedMb);
        }
    }
}
