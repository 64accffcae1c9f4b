package io.contractspec.benchmarks.rest;

import io.contractspec.graphql.GraphQlSurface;
import io.contractspec.rest.RestServer;
import io.contractspec.runtime.OperationExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The same query through REST and through GraphQL, one server, measured in one run round by round:
 * {@code GET /workflow/instances?…} against {@code POST /graphql} selecting every field REST returns
 * ({@code workflowInstanceList}). Prints the median requests/s of each and GraphQL / REST.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.rest.GraphQlThroughput
 * [connections=4] [seconds=5] [rounds=3]}
 */
public final class GraphQlThroughput {

    static final String QUERY = "query { workflowInstanceList(input: {workflowKey: \\\"expense-approval\\\", status: RUNNING,"
            + " limit: 20}) { total nodes { id workflowDefinitionId workflowKey status currentStepId currentStepKey"
            + " triggeredBy organizationId priority referenceId referenceType contextData dueAt outcome resultData"
            + " errorMessage createdAt startedAt completedAt } } }";

    private GraphQlThroughput() {}

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Duration round = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        OperationExecutor executor = InstanceListFixture.executor();
        GraphQlSurface graphql = GraphQlSurface.create(executor, config -> config.authenticator(InstanceListFixture.AUTHENTICATOR));
        RestServer server = RestServer.create(executor, config -> config.authenticator(InstanceListFixture.AUTHENTICATOR)
                .javalin(graphql::mount)).start(0);
        String user = InstanceListFixture.USER_HEADER + ": user-1";
        byte[] rest = LoadGenerator.get(InstanceListFixture.PATH, user);
        byte[] query = LoadGenerator.postJson("/graphql", "{\"query\": \"" + QUERY + "\"}", user);
        List<Double> restSamples = new ArrayList<>();
        List<Double> graphqlSamples = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) { // warm-up: graphql-java has much more code for the JIT to compile
                LoadGenerator.run(server.port(), rest, connections, round);
                LoadGenerator.run(server.port(), query, connections, round);
            }
            for (int i = 1; i <= rounds; i++) {
                double restRate = checked("REST", LoadGenerator.run(server.port(), rest, connections, round));
                double graphqlRate = checked("GraphQL", LoadGenerator.run(server.port(), query, connections, round));
                restSamples.add(restRate);
                graphqlSamples.add(graphqlRate);
                System.out.printf("round %d:  REST %,.0f req/s  GraphQL %,.0f req/s%n", i, restRate, graphqlRate);
            }
        } finally {
            server.stop();
        }
        double restMedian = median(restSamples);
        double graphqlMedian = median(graphqlSamples);
        System.out.printf("%n%d connections, %d rounds of %d s each, medians:%n  REST    %,10.0f req/s%n  GraphQL %,10.0f req/s%n"
                + "  GraphQL / REST: %.3f%n", connections, rounds, round.toSeconds(), restMedian, graphqlMedian,
                graphqlMedian / restMedian);
    }

    private static double checked(String name, LoadGenerator.Result result) {
        if (result.errors() > 0) {
            throw new IllegalStateException(name + ": " + result.errors() + " answers were not 200");
        }
        return result.requestsPerSecond();
    }

    private static double median(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
