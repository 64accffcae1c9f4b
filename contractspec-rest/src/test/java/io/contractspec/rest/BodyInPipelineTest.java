package io.contractspec.rest;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.runtime.Completion;
import io.contractspec.runtime.ExecutionListener;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.StageOutcome;
import io.contractspec.runtime.StageParameters;
import io.contractspec.testing.rest.ConformanceHttp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The body is read by the executor after authentication: an anonymous caller learns it must
 * authenticate whatever it sent, and a refused body (400, 413, 415) is a failed stage the
 * listeners hear like any other.
 */
class BodyInPipelineTest {

    private static final String ARCHIVE = "/items/7/archive";
    private static final String[] ALICE = {"X-User", "alice"};
    private static final List<String> failedStages = new CopyOnWriteArrayList<>();
    private static RestServer server;
    private static ConformanceHttp http;

    @BeforeAll
    static void start() {
        ExecutionListener failures = new ExecutionListener() {
            @Override
            public Completion<StageOutcome> beginStage(StageParameters stage) {
                return outcome -> outcome.problem().ifPresent(problem -> failedStages.add(outcome.stage() + " " + problem.status()));
            }
        };
        OperationExecutor executor = OperationExecutor.builder(TestContracts.REGISTRY)
                .handlers(handlers -> handlers.bind(TestContracts.ARCHIVE, (input, context) ->
                        JsonNodeFactory.instance.objectNode().put("id", 7).put("name", "archived")))
                .listener(failures)
                .build();
        server = RestServer.create(executor, config -> config.authenticator(new HeaderUserAuthenticator()).maxBodyBytes(64))
                .start(0);
        http = new ConformanceHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forget() {
        failedStages.clear();
    }

    @Test
    void anAnonymousCallerWithAMalformedBodyIsToldToAuthenticate() {
        assertProblem(http.post(ARCHIVE, "{not json"), 401, "UNAUTHENTICATED");
        assertProblem(http.post(ARCHIVE, "{\"reason\": \"" + "x".repeat(100) + "\"}"), 401, "UNAUTHENTICATED");
        assertProblem(http.post(ARCHIVE, "reason=x", "Content-Type", "application/x-www-form-urlencoded"),
                401, "UNAUTHENTICATED");

        assertThat(failedStages).containsOnly("AUTHENTICATE 401");
    }

    @Test
    void anAuthenticatedCallerWithAMalformedBodyGets400AndListenersHearIt() {
        assertProblem(http.post(ARCHIVE, "{not json", ALICE), 400, "BAD_REQUEST");

        assertThat(failedStages).containsExactly("PARSE_INPUT 400");
    }

    @Test
    void aBodyOverTheLimitIs413InTheParseStage() {
        assertProblem(http.post(ARCHIVE, "{\"reason\": \"" + "x".repeat(100) + "\"}", ALICE), 413, "PAYLOAD_TOO_LARGE");

        assertThat(failedStages).containsExactly("PARSE_INPUT 413");
    }

    @Test
    void aBodyThatIsNotJsonIs415InTheParseStage() {
        assertProblem(http.post(ARCHIVE, "reason=x", "Content-Type", "application/x-www-form-urlencoded", ALICE[0], ALICE[1]),
                415, "UNSUPPORTED_MEDIA_TYPE");

        assertThat(failedStages).containsExactly("PARSE_INPUT 415");
    }

    @Test
    void aGoodBodyPassesEveryStage() {
        assertThat(http.post(ARCHIVE, "{\"reason\": \"old\"}", ALICE).status()).isEqualTo(200);

        assertThat(failedStages).isEmpty();
    }
}
