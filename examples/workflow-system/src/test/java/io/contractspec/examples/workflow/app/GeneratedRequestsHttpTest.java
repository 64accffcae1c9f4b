package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.examples.workflow.WorkflowContracts;
import io.contractspec.examples.workflow.app.RunningApp.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, the guard for the whole class of defects: requests generated from the input models of
 * all 19 operations (valid ones at the boundaries, and ones with exactly one fault), sent over
 * HTTP with a valid token, on H2 and on PostgreSQL. No answer may be a 5xx, and a 400 or 422 that
 * is about the input must name the field. Seeds are fixed, so a failure reproduces.
 */
class GeneratedRequestsHttpTest {

    private static final int REQUESTS = 10_000;
    private static final int CLIENTS = 4;
    private static final long SEED = 20_261_206L;

    @ParameterizedTest
    @EnumSource(Database.class)
    void noGeneratedRequestGetsA5xxAndEveryInputErrorNamesTheField(Database database) throws Exception {
        List<OperationSpec> operations = ContractRegistry.builder().module(new WorkflowContracts()).build().operations();
        assertThat(operations).hasSize(19);
        try (RunningApp app = RunningApp.start(database)) {
            String token = app.token("u-traffic", "workflow.admin,manager,finance,employee");
            GeneratedTraffic traffic = new GeneratedTraffic(operations, TrafficFixtures.create(app, token));
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger[] byClass = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
            Queue<String> failures = new ConcurrentLinkedQueue<>();
            Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    Random random = new Random(SEED + client);
                    done.add(clients.submit(() -> {
                        for (int i = 0; i < REQUESTS / CLIENTS; i++) {
                            GeneratedTraffic.Sent request = traffic.next(random);
                            long started = System.nanoTime();
                            ApiClient.Reply reply = app.http.send(request.method(), token, request.path(), request.body());
                            nanos.computeIfAbsent(request.operation().key(), k -> new LongAdder())
                                    .add(System.nanoTime() - started);
                            sent.incrementAndGet();
                            byClass[Math.min(reply.status() / 100, 5) - 2].incrementAndGet();
                            check(request, reply).ifPresent(failures::add);
                        }
                        return null;
                    }));
                }
                for (Future<?> client : done) {
                    client.get();
                }
            } finally {
                clients.shutdownNow();
            }
            System.out.printf("%s: %d generated requests, 2xx %d, 3xx %d, 4xx %d, 5xx %d%n", database, sent.get(),
                    byClass[0].get(), byClass[1].get(), byClass[2].get(), byClass[3].get());
            nanos.forEach((key, total) -> System.out.printf("  %-32s %6d ms%n", key, total.sum() / 1_000_000));
            assertThat(sent.get()).isGreaterThanOrEqualTo(REQUESTS);
            assertThat(failures).as("requests answered with a 5xx or an input error that names no field").isEmpty();
        }
    }

    /** Why the answer is wrong, if it is. */
    private static Optional<String> check(GeneratedTraffic.Sent request, ApiClient.Reply reply) {
        boolean inputError = reply.status() == 400 || reply.status() == 422
                && List.of("VALIDATION_FAILED", "BAD_REQUEST").contains(reply.code());
        if (reply.status() < 500 && (!inputError || namesAField(request, reply.json()) || refusedUri(request, reply))) {
            return Optional.empty();
        }
        String body = request.body() == null ? "" : request.body();
        return Optional.of(request.operation().key() + " " + request.method() + " " + abbreviate(request.path())
                + " " + abbreviate(body) + " (" + request.payload().mutation().map(Object::toString).orElse("valid")
                + ") -> " + reply.status() + " " + abbreviate(reply.body()));
    }

    private static boolean namesAField(GeneratedTraffic.Sent request, JsonNode problem) {
        JsonNode issues = problem.path("issues");
        if (issues.isArray() && !issues.isEmpty()) {
            for (JsonNode issue : issues) {
                if (issue.path("path").asText().isBlank() && !isRootFault(request)) {
                    return false;
                }
            }
            return true;
        }
        String detail = problem.path("detail").asText();
        return isRootFault(request) || request.operation().input().orElseThrow().fields().stream()
                .anyMatch(field -> detail.contains(field.name()));
    }

    /**
     * A path parameter holding a NUL or an encoded slash or backslash is refused by the HTTP server
     * before any route is chosen, so no field can be named; the problem says what to change instead.
     */
    private static boolean refusedUri(GeneratedTraffic.Sent request, ApiClient.Reply reply) {
        String path = request.path().replaceFirst("\\?.*", "").toUpperCase(Locale.ROOT);
        boolean unroutable = path.contains("%00") || path.contains("%2F") || path.contains("%5C");
        return unroutable && reply.status() == 400 && reply.json().path("detail").asText().startsWith("The request line");
    }

    /** A fault that replaced the whole payload has no field to name. */
    private static boolean isRootFault(GeneratedTraffic.Sent request) {
        return request.payload().mutation().map(mutation -> mutation.path().isEmpty() || mutation.path().equals("$"))
                .orElse(false);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}
