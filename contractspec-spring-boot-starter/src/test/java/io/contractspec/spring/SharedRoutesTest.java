package io.contractspec.spring;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.testing.rest.ConformanceHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Routes that share a method and path by a matched header or query value, and HEAD, through Spring MVC. */
@SpringBootTest(classes = ConformanceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedRoutesTest {

    @LocalServerPort
    int port;

    @Test
    void choosesTheOperationByTheHeaderOrQueryValue() {
        ConformanceHttp http = new ConformanceHttp(port);

        assertThat(http.post("/shared", "{\"key\":\"a\"}", "X-Op", "Get").json().path("served").asText()).isEqualTo("get a");
        assertThat(http.post("/shared", "{\"key\":\"b\"}", "X-Op", "Put").json().path("served").asText()).isEqualTo("put b");
        assertThat(http.get("/shared?Action=List").json().path("served").asText()).isEqualTo("list");
    }

    @Test
    void refusesARequestWithNoneOfTheValuesNamingTheParameter() {
        ConformanceHttp.Reply reply = new ConformanceHttp(port).post("/shared", "{\"key\":\"a\"}", "X-Op", "Delete");

        assertProblem(reply, 400, "BAD_REQUEST");
        assertThat(reply.json().path("detail").asText()).contains("header parameter 'X-Op' (Get, Put)");
    }

    @Test
    void answersHeadWithoutABody() {
        ConformanceHttp.Reply reply = new ConformanceHttp(port).method("HEAD", "/shared/a");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
    }
}
