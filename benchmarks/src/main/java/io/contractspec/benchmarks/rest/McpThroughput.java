package io.contractspec.benchmarks.rest;

import io.contractspec.mcp.McpHttp;
import io.contractspec.mcp.McpSurface;
import io.contractspec.rest.RestServer;
import io.contractspec.runtime.OperationExecutor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The same operation and handler ({@code workflow.instance.list}, {@link InstanceListFixture}) called
 * through MCP and through REST on one server: an MCP {@code tools/call} of
 * {@code workflow_instance_list} over streamable HTTP (one initialized session; the gateway answers
 * with one {@code application/json} body) against {@code GET /workflow/instances}. One call is
 * checked first: a successful result with {@code structuredContent}, so that the rate is not one
 * of fast failures. Rounds alternate; prints the median requests/s
 * and server CPU time per request of each, and their ratios (on a shared machine the CPU time per
 * request is the steadier figure).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.rest.McpThroughput
 * [connections=4] [seconds=5] [rounds=5]}
 */
public final class McpThroughput {

    private static final String TOOL_CALL = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{"
            + "\"name\":\"workflow_instance_list\",\"arguments\":{\"workflowKey\":\"expense-approval\","
            + "\"status\":\"running\",\"limit\":20}}}";

    private static final int WARM_UP_ROUNDS = 5;

    private McpThroughput() {}

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Duration round = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        OperationExecutor executor = InstanceListFixture.executor();
        RestServer server = RestServer.create(executor, config -> config
                .authenticator(InstanceListFixture.AUTHENTICATOR)
                .javalin(McpHttp.mount(McpSurface.create(executor), InstanceListFixture.AUTHENTICATOR)))
                .start(0);
        String user = InstanceListFixture.USER_HEADER + ": user-1";
        try {
            String session = initialize(server.port(), user);
            checkToolCall(server.port(), user, session);
            byte[] mcp = LoadGenerator.postJson("/mcp", TOOL_CALL, user, "Accept: application/json, text/event-stream",
                    "Mcp-Session-Id: " + session);
            byte[] rest = LoadGenerator.get(InstanceListFixture.PATH, user);
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {   // until the JIT has compiled both paths
                LoadGenerator.run(server.port(), rest, connections, round);
                LoadGenerator.run(server.port(), mcp, connections, round);
            }
            List<LoadGenerator.Result> restRounds = new ArrayList<>();
            List<LoadGenerator.Result> mcpRounds = new ArrayList<>();
            for (int i = 1; i <= rounds; i++) {
                LoadGenerator.Result restRound = measure("REST", server.port(), rest, connections, round);
                LoadGenerator.Result mcpRound = measure("MCP", server.port(), mcp, connections, round);
                restRounds.add(restRound);
                mcpRounds.add(mcpRound);
                System.out.printf("round %d:  REST %,.0f req/s (%.0f µs CPU/req)  MCP tools/call %,.0f req/s (%.0f µs CPU/req)%n", i,
                        restRound.requestsPerSecond(), restRound.serverCpuMicrosPerRequest(),
                        mcpRound.requestsPerSecond(), mcpRound.serverCpuMicrosPerRequest());
            }
            double restRate = median(restRounds.stream().map(LoadGenerator.Result::requestsPerSecond).toList());
            double mcpRate = median(mcpRounds.stream().map(LoadGenerator.Result::requestsPerSecond).toList());
            double restCpu = median(restRounds.stream().map(LoadGenerator.Result::serverCpuMicrosPerRequest).toList());
            double mcpCpu = median(mcpRounds.stream().map(LoadGenerator.Result::serverCpuMicrosPerRequest).toList());
            List<Double> pairedRatios = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                pairedRatios.add(mcpRounds.get(i).requestsPerSecond() / restRounds.get(i).requestsPerSecond());
            }
            System.out.printf("%n%d connections, %d rounds of %d s each, medians:%n", connections, rounds, round.toSeconds());
            System.out.printf("  REST GET /workflow/instances          %,10.0f req/s  %6.0f µs server CPU/req%n", restRate, restCpu);
            System.out.printf("  MCP tools/call workflow_instance_list %,10.0f req/s  %6.0f µs server CPU/req%n", mcpRate, mcpCpu);
            System.out.printf("  MCP / REST throughput: %.3f (median of the rounds' ratios %.3f); by server CPU per request: %.3f%n",
                    mcpRate / restRate, median(pairedRatios), restCpu / mcpCpu);
        } finally {
            server.stop();
        }
    }

    private static LoadGenerator.Result measure(String name, int port, byte[] request, int connections, Duration round)
            throws InterruptedException {
        LoadGenerator.Result result = LoadGenerator.run(port, request, connections, round);
        if (result.errors() > 0) {
            throw new IllegalStateException(name + ": " + result.errors() + " answers were not 200");
        }
        return result;
    }

    /** Opens the session every MCP request of the run belongs to, as a client does once. */
    private static String initialize(int port, String userHeader) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[] header = userHeader.split(": ");
        HttpResponse<String> initialized = http.send(request(port, header, null,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}"),
                HttpResponse.BodyHandlers.ofString());
        String session = initialized.headers().firstValue("Mcp-Session-Id")
                .orElseThrow(() -> new IllegalStateException("no session: " + initialized.statusCode() + " " + initialized.body()));
        http.send(request(port, header, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"),
                HttpResponse.BodyHandlers.discarding());
        return session;
    }

    /** The load measures real calls: the tool answers its page, not an error. */
    private static void checkToolCall(int port, String userHeader, String session) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request(port, userHeader.split(": "), session, TOOL_CALL),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().contains("\"structuredContent\":{\"instances\":[")
                || !answer.body().contains("\"isError\":false")) {
            throw new IllegalStateException("the tool call does not succeed: " + answer.statusCode() + " " + answer.body());
        }
        System.out.println("tools/call answers " + answer.headers().firstValue("Content-Type").orElse("?") + ", "
                + answer.body().length() + " characters");
    }

    private static HttpRequest request(int port, String[] userHeader, String session, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcp"))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .header(userHeader[0], userHeader[1]).POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return request.build();
    }

    private static double median(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
