package io.contractspec.rest;

import io.contractspec.testing.rest.ProblemAssertions;
import io.contractspec.testing.rest.ConformanceHttp;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.rest.auth.Tokens;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed requests from a seeded generator: every answer is a 4xx problem document,
 * never a 5xx, and no handler ever runs. Replay a run with {@code -Dcontractspec.fuzz.seed=…}.
 */
class FuzzTest {

    private static final long SEED = Long.getLong("contractspec.fuzz.seed", 20_260_301L);
    private static final int REQUESTS = Integer.getInteger("contractspec.fuzz.requests", 5_200);

    private final Map<String, Integer> perCategory = new TreeMap<>();
    private final Map<Integer, Integer> perStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Deque<String> recent = new ArrayDeque<>();

    @Test
    void answersEveryMalformedRequestWithA4xxProblemAndChangesNothing() {
        try (TestApp app = TestApp.start(config -> config
                .authenticator(Tokens.hs256Authenticator())
                .maxBodyBytes(FuzzRequests.BODY_LIMIT))) {
            FuzzRequests requests = new FuzzRequests(SEED, app.http);
            for (int i = 0; i < REQUESTS; i++) {
                send(app.http, requests.next());
            }
            assertThat(failures).as("requests not answered with a 4xx problem (seed %d)", SEED).isEmpty();
            assertThat(app.totalCalls()).as("handler invocations").isZero();
        }
        assertThat(perCategory.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(5_000);
        assertThat(perCategory).hasSize(18);
        assertThat(perStatus.keySet()).contains(400, 401, 404, 405, 413, 415, 422);
        System.out.println("fuzz (seed " + SEED + "): " + perCategory + " statuses " + perStatus);
    }

    private void send(ConformanceHttp http, FuzzRequests.Case fuzz) {
        perCategory.merge(fuzz.category(), 1, Integer::sum);
        String request = fuzz.request() != null ? fuzz.request().build().method() + " " + fuzz.request().build().uri()
                : fuzz.rawLine();
        try {
            ConformanceHttp.Reply reply = fuzz.request() != null ? http.send(fuzz.request()) : http.raw(fuzz.rawLine());
            perStatus.merge(reply.status(), 1, Integer::sum);
            check(fuzz.category() + " " + request, reply);
            remember(fuzz.category() + " -> " + reply.status());
        } catch (UncheckedIOException e) {
            fail(fuzz.category() + " " + request + ": no answer (" + e.getCause().getMessage() + ") after " + recent);
        }
    }

    private void check(String request, ConformanceHttp.Reply reply) {
        try {
            assertThat(reply.status()).isBetween(400, 499);
            ProblemAssertions.assertWellFormedProblem(reply);
        } catch (AssertionError e) {
            fail(request + " -> " + reply.status() + " " + reply.body().substring(0, Math.min(300, reply.body().length())));
        }
    }

    private void remember(String outcome) {
        recent.addLast(outcome);
        if (recent.size() > 4) {
            recent.removeFirst();
        }
    }

    private void fail(String failure) {
        if (failures.size() < 20) {
            failures.add(failure);
        }
    }
}
