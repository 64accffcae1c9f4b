package io.contractspec.benchmarks.rest;

import io.contractspec.rest.RestServer;
import io.contractspec.runtime.OperationExecutor;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query route served three ways, measured in one run, one after the other, round by round:
 * through the REST adapter, by a hand-written Javalin route calling the same handler directly, and
 * by a hand-written route calling the executor. Prints the median requests/s of each and the ratios.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.rest.RestThroughput
 * [connections=4] [seconds=5] [rounds=5]}
 */
public final class RestThroughput {

    private RestThroughput() {}

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Duration round = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        OperationExecutor executor = InstanceListFixture.executor();
        RestServer adapter = RestServer.create(executor, config -> config.authenticator(InstanceListFixture.AUTHENTICATOR))
                .start(0);
        Javalin handWritten = HandWrittenServer.start(executor);
        String user = InstanceListFixture.USER_HEADER + ": user-1";
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("adapter", new Target(adapter.port(), LoadGenerator.get(InstanceListFixture.PATH, user)));
        targets.put("hand-written, handler direct", new Target(handWritten.port(), LoadGenerator.get(InstanceListFixture.PATH, user)));
        targets.put("hand-written, via executor",
                new Target(handWritten.port(), LoadGenerator.get("/via-executor" + InstanceListFixture.PATH, user)));
        try {
            for (Target target : targets.values()) {
                LoadGenerator.run(target.port(), target.request(), connections, round);   // warm-up
            }
            for (int i = 1; i <= rounds; i++) {
                StringBuilder line = new StringBuilder("round " + i + ":");
                for (Map.Entry<String, Target> entry : targets.entrySet()) {
                    LoadGenerator.Result result = LoadGenerator.run(entry.getValue().port(), entry.getValue().request(),
                            connections, round);
                    if (result.errors() > 0) {
                        throw new IllegalStateException(entry.getKey() + ": " + result.errors() + " answers were not 200");
                    }
                    entry.getValue().samples().add(result.requestsPerSecond());
                    line.append(String.format("  %s %,.0f req/s", entry.getKey(), result.requestsPerSecond()));
                }
                System.out.println(line);
            }
        } finally {
            adapter.stop();
            handWritten.stop();
        }
        report(targets, connections, round, rounds);
    }

    private static void report(Map<String, Target> targets, int connections, Duration round, int rounds) {
        System.out.printf("%n%d connections, %d rounds of %d s each, medians:%n", connections, rounds, round.toSeconds());
        targets.forEach((name, target) -> System.out.printf("  %-30s %,10.0f req/s%n", name, target.median()));
        double adapter = targets.get("adapter").median();
        System.out.printf("  adapter / hand-written (handler direct): %.3f%n", adapter / targets.get("hand-written, handler direct").median());
        System.out.printf("  adapter / hand-written (via executor):   %.3f%n", adapter / targets.get("hand-written, via executor").median());
    }

    private record Target(int port, byte[] request, List<Double> samples) {
        Target(int port, byte[] request) {
            this(port, request, new ArrayList<>());
        }

        double median() {
            List<Double> sorted = samples.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }
    }
}
