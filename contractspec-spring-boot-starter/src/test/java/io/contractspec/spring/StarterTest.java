package io.contractspec.spring;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.jdbc.RuntimeSchema;
import io.contractspec.spring.internal.ContractRoutes;
import io.contractspec.testing.rest.ConformanceHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the starter adds to an application besides the conformance routes. */
@SpringBootTest(classes = ConformanceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OperationExecutor executor;

    @Autowired
    ContractRoutes routes;

    private ConformanceHttp http() {
        return new ConformanceHttp(port);
    }

    @Test
    void runsATypedHandlerMethodWhoseRowCommitsWithTheCall() {
        ConformanceHttp.Reply reply = http().post("/notes/note/add/v1.0.0", "{\"text\":\"kept\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("text").asText()).isEqualTo("kept");
        assertThat(count("kept")).isEqualTo(1);
        assertThat(executor.registry().operation("notes.note.add")).isPresent();
    }

    @Test
    void rollsBackTheHandlersRowAndTheAuditRecordWhenTheCallFails() {
        int auditBefore = audits();

        assertProblem(http().post("/notes/note/add/v1.0.0", "{\"text\":\"fail\"}"), 409, "CONFLICT");

        assertThat(count("fail")).isZero();
        assertThat(audits()).isEqualTo(auditBefore);
    }

    @Test
    void writesTheAuditRecordInTheApplicationsDatabase() {
        int before = audits();

        http().post("/notes/note/add/v1.0.0", "{\"text\":\"audited\"}");

        assertThat(audits()).isEqualTo(before + 1);
    }

    @Test
    void migratesTheRuntimeTablesAfterTheApplicationsOwnFlywayMigrations() {
        List<String> application = jdbc.sql("SELECT \"description\" FROM \"flyway_schema_history\" WHERE \"success\"")
                .query(String.class).list();
        List<String> runtime = jdbc.sql("SELECT \"description\" FROM \"" + RuntimeSchema.HISTORY_TABLE + "\" WHERE \"success\"")
                .query(String.class).list();

        assertThat(application).contains("notes").doesNotContain("runtime tables");
        assertThat(runtime).contains("runtime tables").doesNotContain("notes");
    }

    @Test
    void servesTheOpenApiDocumentOfTheServedRoutes() {
        ConformanceHttp.Reply reply = http().get("/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("openapi").asText()).startsWith("3.1");
        assertThat(reply.json().path("paths").has("/items/{itemId}")).isTrue();
        assertThat(reply.json().path("paths").has("/notes/note/add/v1.0.0")).isTrue();
        // Operations that share a path by a matched value each have their own key (path#name=value).
        assertThat(reply.json().path("paths").size()).isEqualTo(routes.routes().stream()
                .map(r -> r.path() + r.match().map(match -> "#" + match.name() + "=" + match.value()).orElse(""))
                .distinct().count());
    }

    @Test
    void reportsTheRuntimeInTheActuatorHealth() {
        ConformanceHttp.Reply reply = http().get("/actuator/health/contractspec");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("UP");
        assertThat(reply.json().path("details").path("store").asText()).isEqualTo("jdbc");
        assertThat(reply.json().path("details").path("operations").asInt()).isEqualTo(executor.registry().operations().size());
    }

    @Test
    void leavesAWrongMethodOnAnotherPathToTheApplication() {
        ConformanceHttp.Reply reply = http().method("DELETE", "/openapi.json");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().path("code").isMissingNode()).isTrue();
    }

    private int count(String text) {
        return jdbc.sql("SELECT COUNT(*) FROM note WHERE text = ?").param(text).query(Integer.class).single();
    }

    private int audits() {
        return executor.registry() == null ? 0 : jdbc.sql("SELECT COUNT(*) FROM cs_audit").query(Integer.class).single();
    }
}
