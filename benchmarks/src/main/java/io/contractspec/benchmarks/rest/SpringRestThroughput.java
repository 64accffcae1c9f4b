package io.contractspec.benchmarks.rest;

import io.contractspec.rest.RestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One query route served three ways from one JVM, measured one after the other, round by round: the
 * Spring Boot starter's route, a plain Spring MVC controller with Jakarta Bean Validation, and the
 * Javalin adapter. Same handler, same JSON. Before measuring it checks that each really validates
 * (a limit of 1000 is refused by all three). Prints the median requests/s of each and the ratios.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.rest.SpringRestThroughput
 * [connections=4] [seconds=5] [rounds=3]}
 */
public final class SpringRestThroughput {

    private static final String STARTER = "starter (Spring MVC)";
    private static final String PLAIN = "plain Spring MVC + Bean Validation";
    private static final String JAVALIN = "Javalin adapter";

    private SpringRestThroughput() {}

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Duration round = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ConfigurableApplicationContext spring = SpringBenchmarkApp.start();
        RestServer javalin = RestServer.create(InstanceListFixture.executor(),
                config -> config.authenticator(InstanceListFixture.AUTHENTICATOR)).start(0);
        String user = InstanceListFixture.USER_HEADER + ": user-1";
        int springPort = SpringBenchmarkApp.port(spring);
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put(STARTER, new Target(springPort, InstanceListFixture.PATH, user));
        targets.put(PLAIN, new Target(springPort, PlainSpringController.PATH, user));
        targets.put(JAVALIN, new Target(javalin.port(), InstanceListFixture.PATH, user));
        try {
            for (Target target : targets.values()) {
                target.checkValidates();
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
            javalin.stop();
            spring.close();
        }
        System.out.printf("%n%d connections, %d rounds of %d s each, medians:%n", connections, rounds, round.toSeconds());
        targets.forEach((name, target) -> System.out.printf("  %-36s %,10.0f req/s%n", name, target.median()));
        System.out.printf("  starter / plain Spring MVC: %.3f%n", targets.get(STARTER).median() / targets.get(PLAIN).median());
        System.out.printf("  starter / Javalin adapter:  %.3f%n", targets.get(STARTER).median() / targets.get(JAVALIN).median());
    }

    private record Target(int port, String path, byte[] request, List<Double> samples) {
        Target(int port, String path, String user) {
            this(port, path, LoadGenerator.get(path, user), new ArrayList<>());
        }

        /** A limit over the bound must be refused, or the target skips the validation it is credited with. */
        void checkValidates() throws InterruptedException {
            byte[] invalid = LoadGenerator.get(path.replace("limit=20", "limit=1000"), InstanceListFixture.USER_HEADER + ": user-1");
            LoadGenerator.Result result = LoadGenerator.run(port, invalid, 1, Duration.ofMillis(200));
            if (result.errors() != result.requests()) {
                throw new IllegalStateException(path + " accepted limit=1000: it does not validate its input");
            }
        }

        double median() {
            List<Double> sorted = samples.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }
    }
}
