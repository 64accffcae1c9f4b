package io.contractspec.testing.rest;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.annotations.PublicApi;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} on commands: a retry replays the stored answer, a reused key with other input is a 409. */
@PublicApi
public interface IdempotencyConformance extends RestConformance {

    @Test
    default void replaysACommandWithTheSameIdempotencyKeyAndInput() {
        String key = UUID.randomUUID().toString();
        int before = target().calls(ConformanceContracts.CREATE);

        ConformanceHttp.Reply first = http().post(ProblemDocumentConformance.CREATE, "{\"name\":\"once\"}", "Idempotency-Key", key);
        ConformanceHttp.Reply second = http().post(ProblemDocumentConformance.CREATE, "{\"name\":\"once\"}", "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).contains("true");
        assertThat(target().calls(ConformanceContracts.CREATE)).isEqualTo(before + 1);
    }

    @Test
    default void answers409ForAnIdempotencyKeyReusedWithAnotherInput() {
        String key = UUID.randomUUID().toString();
        http().post(ProblemDocumentConformance.CREATE, "{\"name\":\"first\"}", "Idempotency-Key", key);

        assertProblem(http().post(ProblemDocumentConformance.CREATE, "{\"name\":\"second\"}", "Idempotency-Key", key),
                409, "CONFLICT");
    }

    @Test
    default void rejectsAMalformedIdempotencyKeyWith400() {
        assertProblem(http().post(ProblemDocumentConformance.CREATE, "{\"name\":\"x\"}", "Idempotency-Key", "x".repeat(300)),
                400, "BAD_REQUEST");
    }
}
