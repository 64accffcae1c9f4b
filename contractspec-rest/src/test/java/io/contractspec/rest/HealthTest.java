package io.contractspec.rest;

import io.contractspec.testing.rest.ConformanceHttp;
import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.rest.health.CheckResult;
import io.contractspec.rest.health.ReadinessCheck;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void isReadyWithoutChecks() {
        try (TestApp app = TestApp.start()) {
            ConformanceHttp.Reply reply = app.http.get("/ready");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void followsItsChecks() {
        AtomicBoolean databaseUp = new AtomicBoolean(true);
        ReadinessCheck database = ReadinessCheck.of("database",
                () -> databaseUp.get() ? CheckResult.up() : CheckResult.down("The database is not reachable."));
        try (TestApp app = TestApp.start(config -> config.readiness(database, ReadinessCheck.of("cache", CheckResult::up)))) {
            ConformanceHttp.Reply ready = app.http.get("/ready");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().path("checks").toString()).contains("\"name\":\"database\",\"status\":\"UP\"");

            databaseUp.set(false);
            JsonNode problem = assertProblem(app.http.get("/ready"), 503, "UNAVAILABLE");

            assertThat(problem.path("metadata").path("checks").toString())
                    .contains("\"name\":\"database\",\"status\":\"DOWN\",\"detail\":\"The database is not reachable.\"")
                    .contains("\"name\":\"cache\",\"status\":\"UP\"");
            assertThat(app.http.get("/health").status()).as("liveness does not depend on readiness").isEqualTo(200);
        }
    }

    @Test
    void reportsACheckThatThrowsAsDownWithoutItsMessage() {
        ReadinessCheck broken = ReadinessCheck.of("broken", () -> {
            throw new IllegalStateException("hunter2");
        });
        try (TestApp app = TestApp.start(config -> config.readiness(broken).readyPath("/status/ready"))) {
            assertProblem(app.http.get("/status/ready"), 503, "UNAVAILABLE");
        }
    }
}
