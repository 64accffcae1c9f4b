package io.contractspec.rest;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationBuilder;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.testing.rest.ConformanceHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.MapAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Segments that mix literal text and placeholders, as real APIs have them (Google's
 * {@code {name}:verb}, {@code {id}.json}, {@code {from}-{to}}), and the root path: each is served,
 * and a literal or mixed segment wins over a bare placeholder in the same place.
 */
class MixedSegmentRoutingTest {

    private static final List<String> PATHS = List.of("/", "/v1/{name}", "/v1/{name}:cancel", "/v1/groups:lookup",
            "/files/{name}.json", "/routes/{from}-{to}", "/datasources('{name}')", "/hooks/a:id");
    private static RestServer server;
    private static ConformanceHttp http;

    private static OperationSpec operation(int index, String path) {
        Model.Builder input = Model.builder("In" + index);
        new RestRoute(RestRoute.Method.GET, path).pathParameters().forEach(name -> input.required(name, Scalar.STRING));
        OperationBuilder builder = OperationSpec.query("test.route" + index, "1.0.0")
                .output(Model.builder("Out" + index).required("route", Scalar.STRING)
                        .field(Field.optional("values", Scalar.STRING).map()).build())
                .rest(RestRoute.Method.GET, path).policy(Policy.auth(AuthLevel.ANONYMOUS));
        Model built = input.build();
        return (built.fields().isEmpty() ? builder : builder.input(built)).build();
    }

    @BeforeAll
    static void start() {
        ContractRegistry.Builder registry = ContractRegistry.builder();
        List<OperationSpec> operations = new ArrayList<>();
        for (int i = 0; i < PATHS.size(); i++) {
            operations.add(operation(i, PATHS.get(i)));
        }
        operations.forEach(registry::register);
        OperationExecutor executor = OperationExecutor.builder(registry.build()).handlers(handlers -> {
            for (OperationSpec operation : operations) {
                handlers.bind(operation, (input, context) -> {
                    ObjectNode output = JsonNodeFactory.instance.objectNode()
                            .put("route", operation.transport().rest().orElseThrow().path());
                    output.set("values", input.isObject() ? input : JsonNodeFactory.instance.objectNode());
                    return output;
                });
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
    void servesEachPathWithItsPlaceholdersBound() {
        assertRoute("/", "/");
        assertRoute("/v1/books%2F7", "/v1/{name}").containsEntry("name", "books/7");
        assertRoute("/v1/shelf7:cancel", "/v1/{name}:cancel").containsEntry("name", "shelf7");
        assertRoute("/v1/groups:lookup", "/v1/groups:lookup");
        assertRoute("/files/report.json", "/files/{name}.json").containsEntry("name", "report");
        assertRoute("/routes/paris-rome", "/routes/{from}-{to}").containsEntry("from", "paris").containsEntry("to", "rome");
        assertRoute("/datasources('sales')", "/datasources('{name}')").containsEntry("name", "sales");
        assertRoute("/hooks/a:id", "/hooks/a:id");
    }

    @Test
    void aMixedSegmentNeedsItsLiteralText() {
        assertProblem(http.get("/files/report.xml"), 404, "NOT_FOUND");
    }

    private static MapAssert<String, String> assertRoute(String requested, String route) {
        ConformanceHttp.Reply reply = http.get(requested);
        assertThat(reply.status()).as(requested + ": " + reply.body()).isEqualTo(200);
        assertThat(reply.json().get("route").asText()).as(requested).isEqualTo(route);
        Map<String, String> values = new TreeMap<>();
        reply.json().get("values").fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue().asText()));
        return assertThat(values);
    }
}
