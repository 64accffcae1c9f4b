package io.contractspec.benchmarks.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent during a measurement by each party of a transition, read from {@code /proc} (Linux):
 * this JVM, the PostgreSQL server's processes (all of them: run it alone on the server) and, when one runs here, the Kafka broker's JVM. Unlike
 * transitions per second, CPU time per transition hardly depends on what else the machine is doing,
 * so it compares two builds even on a shared machine. Counted in clock ticks (10 ms): measure for
 * tens of seconds.
 */
final class CpuMeter {

    private static final double SECONDS_PER_TICK = 0.01; // USER_HZ is 100 on Linux
    private static final long SELF = ProcessHandle.current().pid();

    /**
     * This JVM's threads by what they do (names cut to 15 characters): the Kafka relay, the producer's
     * I/O, garbage collection, JIT. The callers' threads end before the report, so they are the rest.
     */
    private static final String[] THREAD_GROUPS = {"contractspec-ka", "kafka-producer", "G1 |GC ", "C1 |C2 "};

    private final double[] start;
    private final double[] threadsAtStart;

    private CpuMeter(double[] start, double[] threadsAtStart) {
        this.start = start;
        this.threadsAtStart = threadsAtStart;
    }

    static CpuMeter start() {
        return new CpuMeter(read(), readThreads());
    }

    /** Prints the CPU time per transition of each party since {@link #start()}. */
    void report(String name, long transitions) {
        double[] end = read();
        String[] parties = {"benchmark JVM", "PostgreSQL", "Kafka broker"};
        StringBuilder line = new StringBuilder(name).append(" CPU per transition:");
        for (int i = 0; i < parties.length; i++) {
            double micros = (end[i] - start[i]) * 1e6 / Math.max(1, transitions);
            line.append(String.format(" %s %,.0f µs;", parties[i], micros));
        }
        double[] threads = readThreads();
        line.append(" of the JVM's:");
        String[] names = {"relay", "producer I/O", "GC", "JIT"};
        double named = 0;
        for (int i = 0; i < names.length; i++) {
            double seconds = threads[i] - threadsAtStart[i];
            named += seconds;
            line.append(String.format(" %s %,.0f,", names[i], seconds * 1e6 / Math.max(1, transitions)));
        }
        line.append(String.format(" callers and the rest %,.0f µs", (end[0] - start[0] - named) * 1e6 / Math.max(1, transitions)));
        System.out.println(line);
    }

    private static double[] readThreads() {
        double[] seconds = new double[THREAD_GROUPS.length + 1]; // the last: threads of no group
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            threads.forEach(thread -> {
                String name = readOrEmpty(thread.resolve("comm")).trim();
                int group = THREAD_GROUPS.length;
                for (int i = 0; i < THREAD_GROUPS.length; i++) {
                    for (String prefix : THREAD_GROUPS[i].split("\\|")) {
                        if (name.startsWith(prefix)) {
                            group = Math.min(group, i);
                        }
                    }
                }
                seconds[group] += cpuSeconds(thread);
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/self/task", e);
        }
        return seconds;
    }

    private static double[] read() {
        double[] seconds = new double[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(dir -> {
                        int party = partyOf(dir);
                        if (party >= 0) {
                            seconds[party] += cpuSeconds(dir);
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        return seconds;
    }

    private static int partyOf(Path process) {
        if (Long.parseLong(process.getFileName().toString()) == SELF) {
            return 0;
        }
        String command = readOrEmpty(process.resolve("cmdline"));
        if (command.startsWith("postgres:") || command.contains("/bin/postgres ")) { // backends, server
            return 1;
        }
        return command.contains(" kafka.Kafka ") ? 2 : -1; // the broker JVM StartKafkaBroker starts
    }

    private static double cpuSeconds(Path process) {
        String stat = readOrEmpty(process.resolve("stat"));
        int afterName = stat.lastIndexOf(')');
        if (afterName < 0) {
            return 0; // the process ended meanwhile
        }
        String[] fields = stat.substring(afterName + 2).split(" ");
        // fields[0] is the state (field 3 of proc(5)); utime and stime are fields 14 and 15
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * SECONDS_PER_TICK;
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
