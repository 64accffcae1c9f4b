package io.contractspec.benchmarks.rest;

import io.contractspec.rest.RestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One route served three ways from one JVM, measured one after the other, round by round: the
 * Spring Boot starter's route, a plain Spring MVC controller with Jakarta Bean Validation, and the
 * Javalin adapter. Same handler, same JSON. The route is the workflow instance list (a query) or an
 * item creation (a command with an audit record per call). Before measuring it checks that each
 * target really validates (an invalid request is refused by all three). Prints the median
 * requests/s of each and the ratios.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.rest.SpringRestThroughput
 * [connections=4] [seconds=5] [rounds=3] [query|command]}
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
        boolean command = args.length > 3 && args[3].equals("command");
        ConfigurableApplicationContext spring = SpringBenchmarkApp.start();
        ItemCreateFixture.CountingAuditStore javalinAudit = new ItemCreateFixture.CountingAuditStore();
        RestServer javalin = RestServer.create(command ? ItemCreateFixture.executor(javalinAudit) : InstanceListFixture.executor(),
                config -> config.authenticator(InstanceListFixture.AUTHENTICATOR)).start(0);
        int springPort = SpringBenchmarkApp.port(spring);
        Map<String, Target> targets = new LinkedHashMap<>();
        if (command) {
            targets.put(STARTER, Target.post(springPort, ItemCreateFixture.PATH));
            targets.put(PLAIN, Target.post(springPort, "/plain/items"));
            targets.put(JAVALIN, Target.post(javalin.port(), ItemCreateFixture.PATH));
        } else {
            targets.put(STARTER, Target.get(springPort, InstanceListFixture.PATH));
            targets.put(PLAIN, Target.get(springPort, PlainSpringController.PATH));
            targets.put(JAVALIN, Target.get(javalin.port(), InstanceListFixture.PATH));
        }
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
                        throw new IllegalStateException(entry.getKey() + ": " + result.errors() + " answers were not 2xx");
                    }
                    entry.getValue().samples().add(result.requestsPerSecond());
                    line.append(String.format("  %s %,.0f req/s", entry.getKey(), result.requestsPerSecond()));
                }
                System.out.println(line);
            }
            if (command) {
                System.out.printf("audit records written: starter %,d, Javalin adapter %,d%n",
                        spring.getBean(ItemCreateFixture.CountingAuditStore.class).records.sum(), javalinAudit.records.sum());
            }
        } finally {
            javalin.stop();
            spring.close();
        }
        System.out.printf("%n%s, %d connections, %d rounds of %d s each, medians:%n", command ? "command" : "query",
                connections, rounds, round.toSeconds());
        targets.forEach((name, target) -> System.out.printf("  %-36s %,10.0f req/s%n", name, target.median()));
        System.out.printf("  starter / plain Spring MVC: %.3f%n", targets.get(STARTER).median() / targets.get(PLAIN).median());
        System.out.printf("  starter / Javalin adapter:  %.3f%n", targets.get(STARTER).median() / targets.get(JAVALIN).median());
    }

    private record Target(int port, byte[] request, byte[] invalid, List<Double> samples) {

        private static final String USER = InstanceListFixture.USER_HEADER + ": user-1";

        static Target get(int port, String path) {
            return new Target(port, LoadGenerator.get(path, USER),
                    LoadGenerator.get(path.replace("limit=20", "limit=1000"), USER), new ArrayList<>());
        }

        static Target post(int port, String path) {
            return new Target(port, LoadGenerator.postJson(path, ItemCreateFixture.BODY, USER),
                    LoadGenerator.postJson(path, ItemCreateFixture.INVALID_BODY, USER), new ArrayList<>());
        }

        /** An invalid request must be refused, or the target skips the validation it is credited with. */
        void checkValidates() throws InterruptedException {
            LoadGenerator.Result result = LoadGenerator.run(port, invalid, 1, Duration.ofMillis(200));
            if (result.errors() != result.requests()) {
                throw new IllegalStateException("port " + port + " accepted an invalid request: it does not validate its input");
            }
        }

        double median() {
            List<Double> sorted = samples.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }
    }
}
