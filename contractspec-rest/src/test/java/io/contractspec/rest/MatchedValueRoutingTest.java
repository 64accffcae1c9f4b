package io.contractspec.rest;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.core.spec.RestRoute.Match;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.testing.rest.ConformanceHttp;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operations that share one method and path and are told apart by a header value (AWS's
 * {@code X-Amz-Target}) or a query value (its {@code Action=}): the server hands each request to
 * the operation whose value it carries, the matched query parameter is no input field, a request
 * with none of the values is a 400 that names the parameter, and a route without a match serves
 * the rest. HEAD routes answer with the status and no body.
 */
class MatchedValueRoutingTest {

    private static RestServer server;
    private static ConformanceHttp http;

    private static OperationBuilder named(OperationBuilder builder) {
        return builder.output(Model.builder("Served").required("served", Scalar.STRING).build())
                .policy(Policy.auth(AuthLevel.ANONYMOUS));
    }

    private static final List<OperationSpec> OPERATIONS = List.of(
            named(OperationSpec.command("test.describe", "1.0.0")
                    .input(Model.builder("DescribeIn").required("name", Scalar.STRING).build())
                    .rest(RestRoute.Method.POST, "/", Match.header("X-Amz-Target", "Service.Describe"))).build(),
            named(OperationSpec.command("test.remove", "1.0.0")
                    .input(Model.builder("RemoveIn").required("name", Scalar.STRING).build())
                    .rest(RestRoute.Method.POST, "/", Match.header("X-Amz-Target", "Service.Remove"))).build(),
            named(OperationSpec.query("test.assume", "1.0.0")
                    .input(Model.builder("AssumeIn").required("role", Scalar.STRING).build())
                    .rest(RestRoute.Method.GET, "/actions", Match.query("Action", "Assume"))).build(),
            named(OperationSpec.query("test.identify", "1.0.0")
                    .rest(RestRoute.Method.GET, "/actions", Match.query("Action", "Identify"))).build(),
            named(OperationSpec.query("test.other", "1.0.0").rest(RestRoute.Method.GET, "/actions")).build(),
            named(OperationSpec.query("test.exists", "1.0.0")
                    .input(Model.builder("ExistsIn").required("id", Scalar.STRING).build())
                    .rest(RestRoute.Method.HEAD, "/things/{id}")).build());

    @BeforeAll
    static void start() {
        ContractRegistry.Builder registry = ContractRegistry.builder();
        OPERATIONS.forEach(registry::register);
        OperationExecutor executor = OperationExecutor.builder(registry.build()).handlers(handlers -> {
            for (OperationSpec operation : OPERATIONS) {
                handlers.bind(operation, (input, context) -> JsonNodeFactory.instance.objectNode()
                        .put("served", operation.key() + (input.isObject() && input.size() > 0 ? " " + input : "")));
            }
        }).build();
        server = RestServer.create(executor, config -> {}).start(0);
        http = new ConformanceHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aHeaderValueChoosesTheOperation() {
        assertServed(http.post("/", "{\"name\":\"a\"}", "X-Amz-Target", "Service.Remove"), "test.remove {\"name\":\"a\"}");
        assertServed(http.post("/", "{\"name\":\"b\"}", "x-amz-target", "Service.Describe"),
                "test.describe {\"name\":\"b\"}");
    }

    @Test
    void aQueryValueChoosesTheOperationAndIsNoInputField() {
        assertServed(http.get("/actions?Action=Assume&role=admin"), "test.assume {\"role\":\"admin\"}");
        assertServed(http.get("/actions?Action=Identify"), "test.identify");
    }

    @Test
    void aRouteWithoutAMatchServesTheOtherValues() {
        assertServed(http.get("/actions"), "test.other");
        // The fallback has no field 'Action': validation rejects it like any unknown parameter.
        assertProblem(http.get("/actions?Action=Unknown"), 422, "VALIDATION_FAILED");
    }

    @Test
    void aRequestWithNoneOfTheValuesIsRefusedNamingTheParameter() {
        ConformanceHttp.Reply missing = http.post("/", "{\"name\":\"a\"}");
        assertProblem(missing, 400, "BAD_REQUEST");
        assertThat(missing.json().get("detail").asText()).contains("header parameter 'X-Amz-Target'")
                .contains("Service.Describe");
        assertProblem(http.post("/", "{\"name\":\"a\"}", "X-Amz-Target", "Service.Unknown"), 400, "BAD_REQUEST");
    }

    @Test
    void headAnswersWithTheStatusAndNoBody() {
        ConformanceHttp.Reply reply = http.method("HEAD", "/things/7");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(http.method("GET", "/things/7").status()).isEqualTo(405);
    }

    private static void assertServed(ConformanceHttp.Reply reply, String served) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("served").asText()).isEqualTo(served);
    }
}
